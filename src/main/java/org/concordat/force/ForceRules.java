package org.concordat.force;

import org.concordat.entity.Checks;

/** The rules a force's record must keep before anything is written. */
public final class ForceRules {

	private ForceRules() {
	}

	public static void check(Force f, String at, Checks checks) {
		checks.slug(at + "id", f.id());
		checks.text(at + "name", f.name());
		checks.text(at + "region", f.region());
		if (f.hq() != null) {
			checks.optionalText(at + "hq.town", f.hq().town());
			checks.between(at + "hq.lat", f.hq().lat(), -90, 90);
			checks.between(at + "hq.lon", f.hq().lon(), -180, 180);
		}
	}
}
