package org.concordat.web;

/** One reason a request was refused, naming the offending field as a JSON path (e.g. {@code members[2].costShare}). */
public record FieldError(String field, String reason) {
}
