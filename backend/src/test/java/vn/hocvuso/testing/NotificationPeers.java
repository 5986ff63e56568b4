package vn.hocvuso.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * The peers notifications talk to, started by the test run on 127.0.0.1: a GreenMail SMTP server that
 * keeps what it receives, and a WireMock server playing eSMS (SMS) and Zalo ZNS with their documented
 * request and answer shapes. By default both providers accept every message; a test that wants an error
 * or a rate limit adds a stub of higher priority for its own phone number. Test classes get the servers
 * in fields of type {@link GreenMail} and {@link WireMockServer}.
 */
public class NotificationPeers implements QuarkusTestResourceLifecycleManager {

    public static final String ESMS_PATH = "/MainService.svc/json/SendMultipleMessage_V4_post_json/";
    public static final String ZALO_PATH = "/message/template";

    private GreenMail mail;
    private WireMockServer providers;

    @Override
    public Map<String, String> start() {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        providers = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        providers.start();
        acceptEverything(providers);
        String base = "http://127.0.0.1:" + providers.port();
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(mail.getSmtp().getPort()),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.tls", "false",
                "quarkus.mailer.from", "Học vụ số <no-reply@hocvuso.invalid>",
                "hocvuso.notifications.sms.url", base,
                "hocvuso.notifications.zalo.url", base);
    }

    /** The providers' success answers (priority 10: a test's own stubs, priority 1, come first). */
    public static void acceptEverything(WireMockServer providers) {
        providers.stubFor(
                post(urlEqualTo(ESMS_PATH))
                        .atPriority(10)
                        .willReturn(
                                okJson(
                                        "{\"CodeResult\":\"100\",\"CountRegenerate\":0,\"SMSID\":\"d533459ee42b2b9525ba9eabf6a8156\"}")));
        providers.stubFor(
                post(urlEqualTo(ZALO_PATH))
                        .atPriority(10)
                        .willReturn(
                                okJson(
                                        "{\"error\":0,\"message\":\"Success\",\"data\":{\"msg_id\":\"a9fd7e4d8d4c1f8c\","
                                                + "\"sent_time\":\"1732850000000\",\"quota\":{\"dailyQuota\":\"500\",\"remainingQuota\":\"499\"}}}")));
    }

    /** The texts of the SMS the eSMS peer was asked to send to this national number (0…), oldest first. */
    public static List<String> smsTo(WireMockServer providers, String nationalPhone) {
        return providers
                .findAll(postRequestedFor(urlEqualTo(ESMS_PATH))
                        .withRequestBody(matchingJsonPath("$.Phone", equalTo("84" + nationalPhone.substring(1)))))
                .stream()
                .map(LoggedRequest::getBodyAsString)
                .map(b -> new JsonObject(b).getString("Content"))
                .toList();
    }

    /** Waits until the {@code count}-th SMS to this number has gone out (sending is in the background); its text. */
    public static String awaitSms(WireMockServer providers, String nationalPhone, int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> smsTo(providers, nationalPhone).size() >= count);
        return smsTo(providers, nationalPhone).get(count - 1);
    }

    /** The messages GreenMail received for this address. */
    public static jakarta.mail.internet.MimeMessage[] mailTo(GreenMail mail, String address) {
        return java.util.Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return java.util.Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equalsIgnoreCase(address));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toArray(jakarta.mail.internet.MimeMessage[]::new);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(mail, new TestInjector.MatchesType(GreenMail.class));
        injector.injectIntoFields(providers, new TestInjector.MatchesType(WireMockServer.class));
    }

    @Override
    public void stop() {
        if (providers != null) {
            providers.stop();
        }
        if (mail != null) {
            mail.stop();
        }
    }
}
