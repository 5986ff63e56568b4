package vn.hocvuso.integration;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.hocvuso.common.NoNullElements;
import vn.hocvuso.common.OneLine;
import vn.hocvuso.common.TextLength;

/** Request and response bodies of service accounts and the client-credentials token. */
public final class ServiceAccountViews {

    private ServiceAccountViews() {}

    /** Checked as a whole by {@link ServiceAccountService}, so one answer names every wrong field. */
    public record CreateServiceAccountRequest(
            @NotNull @OneLine @TextLength(min = 2, max = 100)
            String name,

            @OneLine @Size(max = 500) String description,
            @NotEmpty @KnownScopes List<String> scopes,
            @OneLine @NoNullElements List<String> unitCodes,
            @NoNullElements List<Long> agencyIds) {}

    public record ServiceAccountView(
            UUID id,
            String clientId,
            String name,
            String description,
            List<String> scopes,
            List<String> unitCodes,
            List<Long> agencyIds,
            boolean active,
            OffsetDateTime createdAt,
            OffsetDateTime rotatedAt,
            OffsetDateTime revokedAt) {}

    /** The only answer that carries the secret: shown once, at creation and at each rotation (never in a replay). */
    public record ServiceAccountSecret(
            ServiceAccountView account,
            String clientId,
            @JsonInclude(JsonInclude.Include.NON_NULL) String clientSecret) {
        public ServiceAccountSecret withoutSecret() {
            return new ServiceAccountSecret(account, clientId, null);
        }
    }

    /** RFC 6749 §5.1, with the field names OAuth 2.0 clients expect. */
    public record ClientTokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn,
            String scope) {}

    /** RFC 6749 §5.2. */
    public record OAuthError(
            String error, @JsonProperty("error_description") String errorDescription) {}
}
