package org.concordat.register;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A figure a merge left out: the document gave it without an id, and the id derived from what it says is that of
 * a figure the register holds corrected in place since ({@code Collaboration#figuresSupersededIn}), so writing it
 * would undo the correction. Named by ids, as the register names them, so a client need not parse a sentence.
 */
@Schema(description = "A figure the merge left out: sent without an id, it says what a figure the register holds "
		+ "corrected since said before the correction")
public record SupersededFigure(
		@Schema(description = "The id of the collaboration the figure was sent with", example = "mg")
		String collaboration,
		@Schema(description = "The id of the figure the register holds corrected (the one the document's figure "
				+ "was recognised as)", example = "mg-annual-cost-800d89d5156790a9")
		String figure) {
}
