package org.concordat.account;

import java.util.List;

/**
 * What an admin sends to create ({@code POST /api/accounts}) or change ({@code PUT /api/accounts/{username}})
 * an account. On creation a missing {@code password} is generated and answered once; on change
 * {@code username} and {@code password} must be absent (the password has an endpoint of its own).
 */
record AccountRequest(String username, String password, List<String> roles, List<String> forces, Boolean enabled) {
}
