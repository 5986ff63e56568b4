package vn.hocvuso.notification;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Zalo ZNS, "send template message" of the Zalo Notification Service: {@code POST <url>/message/template}
 * with the Official Account's {@code access_token} header and {@code {phone, template_id, template_data,
 * tracking_id}}; the phone in the form 84xxxxxxxxx, the template one Zalo approved for the kind
 * ({@code template-ids.<KIND>}), its parameters our variables, the tracking id our message id. The answer
 * is {@code {"error": 0, "data": {"msg_id": …}}} when sent; a negative {@code error} is Zalo's reason.
 */
@ApplicationScoped
public class ZaloZnsChannel implements Channel {

    static final String PATH = "/message/template";

    private final ProviderHttp http;
    private final NotificationConfig.Zalo config;

    public ZaloZnsChannel(ProviderHttp http, NotificationConfig config) {
        this.http = http;
        this.config = config.zalo();
    }

    @Override
    public ChannelName name() {
        return ChannelName.ZALO_ZNS;
    }

    @Override
    public boolean enabled() {
        return config.url().isPresent() && config.accessToken().isPresent();
    }

    @Override
    public boolean carries(Kind kind) {
        return enabled() && config.templateIds().containsKey(kind.name());
    }

    @Override
    public String howToEnable() {
        return "HOCVUSO_NOTIFICATIONS_ZALO_URL (https://business.openapi.zalo.me), HOCVUSO_NOTIFICATIONS_ZALO_ACCESS_TOKEN,"
                + " and per kind HOCVUSO_NOTIFICATIONS_ZALO_TEMPLATE_IDS_<KIND> (the approved ZNS template)";
    }

    @Override
    public Uni<String> send(Outgoing message) {
        String templateId = config.templateIds().get(message.kind().name());
        if (templateId == null) {
            return Uni.createFrom().failure(new DeliveryFailure("no_template", false));
        }
        JsonObject data = new JsonObject();
        message.variables().forEach(data::put);
        JsonObject body = new JsonObject()
                .put("phone", message.address().replace("+", ""))
                .put("template_id", templateId)
                .put("template_data", data)
                .put("tracking_id", message.id().toString());
        return http.postJson(
                        config.url().orElseThrow() + PATH,
                        Map.of("access_token", config.accessToken().orElseThrow()),
                        body)
                .map(answer -> {
                    if (answer.status() / 100 != 2) {
                        throw ProviderHttp.httpFailure(answer);
                    }
                    int error = answer.body().getInteger("error", -1);
                    if (error == 0) {
                        JsonObject d = answer.body().getJsonObject("data");
                        return d == null ? null : d.getString("msg_id");
                    }
                    throw failure(error);
                });
    }

    /** Zalo's error codes, as generic reasons: what a later attempt may cure is retried. */
    static DeliveryFailure failure(int error) {
        return switch (error) {
            case -124 -> new DeliveryFailure("provider_auth", true); // access token invalid or expired
            case -144, -32 -> new DeliveryFailure("rate_limited", true); // daily quota / request rate exceeded
            case -108, -118, -139 ->
                new DeliveryFailure("address_rejected", false); // bad phone, no Zalo account, refused ZNS
            default -> new DeliveryFailure("provider_error", false);
        };
    }
}
