package vn.hocvuso.notification;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * SMS through eSMS (esms.vn), "Send OTP/Customer care message": {@code POST
 * <url>/MainService.svc/json/SendMultipleMessage_V4_post_json/} with {@code ApiKey}, {@code SecretKey},
 * {@code Phone}, {@code Content}, {@code Brandname}, {@code SmsType} and our message id as {@code RequestId}
 * (eSMS refuses a RequestId twice, code 124, so a retry after a lost answer never sends two SMS).
 * The answer's {@code CodeResult} is "100" when accepted, with {@code SMSID}; the other codes of eSMS's
 * table map to generic reasons below. HTTP 429 and 5xx are retried after the provider's Retry-After.
 */
@ApplicationScoped
public class EsmsSmsChannel implements Channel {

    static final String PATH = "/MainService.svc/json/SendMultipleMessage_V4_post_json/";

    private final ProviderHttp http;
    private final NotificationConfig.Sms config;

    public EsmsSmsChannel(ProviderHttp http, NotificationConfig config) {
        this.http = http;
        this.config = config.sms();
    }

    @Override
    public ChannelName name() {
        return ChannelName.SMS;
    }

    @Override
    public boolean enabled() {
        return config.url().isPresent()
                && config.apiKey().isPresent()
                && config.secretKey().isPresent()
                && config.brandname().isPresent();
    }

    @Override
    public String howToEnable() {
        return "HOCVUSO_NOTIFICATIONS_SMS_URL (https://rest.esms.vn), HOCVUSO_NOTIFICATIONS_SMS_API_KEY,"
                + " HOCVUSO_NOTIFICATIONS_SMS_SECRET_KEY, HOCVUSO_NOTIFICATIONS_SMS_BRANDNAME";
    }

    @Override
    public Uni<String> send(Outgoing message) {
        JsonObject body = new JsonObject()
                .put("ApiKey", config.apiKey().orElseThrow())
                .put("SecretKey", config.secretKey().orElseThrow())
                // eSMS takes the national form (0912345678) and the international one; we send 84912345678.
                .put("Phone", message.address().replace("+", ""))
                .put("Content", message.body())
                .put("Brandname", config.brandname().orElseThrow())
                .put("SmsType", config.smsType())
                .put("IsUnicode", isAscii(message.body()) ? "0" : "1")
                .put("RequestId", message.id().toString());
        return http.postJson(config.url().orElseThrow() + PATH, Map.of(), body).map(answer -> {
            if (answer.status() / 100 != 2) {
                throw ProviderHttp.httpFailure(answer);
            }
            String code = String.valueOf(answer.body().getValue("CodeResult", ""));
            return switch (code) {
                case "100" -> answer.body().getString("SMSID");
                // Our RequestId was accepted before (the answer to an earlier attempt was lost): it is on its way.
                case "124" -> "request:" + message.id();
                case "99", "108" -> throw new DeliveryFailure("address_rejected", false);
                case "101", "140" -> throw new DeliveryFailure("provider_auth", true);
                case "103" -> throw new DeliveryFailure("provider_balance", true);
                default -> throw new DeliveryFailure("provider_error", false);
            };
        });
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 128);
    }
}
