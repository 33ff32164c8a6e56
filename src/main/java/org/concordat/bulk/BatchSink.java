package org.concordat.bulk;

import java.util.List;
import java.util.Map;

/** Where a batch of rows goes: all of the statements, over the same rows, in one transaction. */
public interface BatchSink {

	void write(List<String> statements, List<Map<String, Object>> rows);
}
