package vn.hocvuso.webhook;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import vn.hocvuso.common.Constraints;
import vn.hocvuso.integration.IntegrationConfig;

/**
 * A webhook receiver's address, by its shape: an absolute {@code https} URL with a host, at most 2,000
 * characters ({@code http} too where {@code hocvuso.integration.webhooks.allow-http} says so), else
 * {@code webhook_url}; an empty one is {@code required}. Whether its name resolves to public addresses
 * needs the network: {@code WebhookService} checks it after this.
 */
@Constraint(validatedBy = WebhookUrl.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface WebhookUrl {

    String message() default "webhook_url";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Singleton
    class Check implements ConstraintValidator<WebhookUrl, String> {

        // A provider: Quarkus builds the validators while it starts, before the settings are mapped.
        private final Provider<IntegrationConfig> config;

        public Check(Provider<IntegrationConfig> config) {
            this.config = config;
        }

        @Override
        public boolean isValid(String url, ConstraintValidatorContext context) {
            if (url == null) {
                return true;
            }
            if (url.isEmpty()) {
                return Constraints.report(context, "required");
            }
            try {
                URI uri = new URI(url);
                boolean https = "https".equalsIgnoreCase(uri.getScheme());
                boolean http = "http".equalsIgnoreCase(uri.getScheme());
                return url.length() <= 2000
                        && uri.getHost() != null
                        && (https || (http && config.get().webhooks().allowHttp()));
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
