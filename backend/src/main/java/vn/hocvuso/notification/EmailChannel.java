package vn.hocvuso.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.hocvuso.common.Failures;
import vn.hocvuso.common.WebAppConfig;

/**
 * E-mail through quarkus-mailer (SMTP: {@code quarkus.mailer.*}). The provider id is the message's own
 * {@code X-HocVuSo-Notification} header (SMTP gives no id back through the mailer). Messages a person
 * may turn off carry a {@code List-Unsubscribe} link to their settings page.
 */
@ApplicationScoped
public class EmailChannel implements Channel {

    public static final String ID_HEADER = "X-HocVuSo-Notification";

    private final ReactiveMailer mailer;
    private final NotificationConfig config;
    private final WebAppConfig web;

    public EmailChannel(ReactiveMailer mailer, NotificationConfig config, WebAppConfig web) {
        this.mailer = mailer;
        this.config = config;
        this.web = web;
    }

    @Override
    public ChannelName name() {
        return ChannelName.EMAIL;
    }

    @Override
    public boolean enabled() {
        return config.email().enabled();
    }

    @Override
    public String howToEnable() {
        return "HOCVUSO_NOTIFICATIONS_EMAIL=true with QUARKUS_MAILER_HOST, QUARKUS_MAILER_PORT, QUARKUS_MAILER_FROM"
                + " (and QUARKUS_MAILER_USERNAME/PASSWORD, QUARKUS_MAILER_TLS as the SMTP server needs)";
    }

    @Override
    public Uni<String> send(Outgoing message) {
        String id = message.id().toString();
        String settings = web.verifyBaseUrl() + "/tai-khoan";
        String footer = message.kind().optional()
                ? ("en".equals(message.language())
                                ? "\n\n--\nStop these e-mails: "
                                : "\n\n--\nKhông muốn nhận email loại này: ")
                        + settings
                : "";
        Mail mail = Mail.withText(message.address(), message.subject(), message.body() + footer)
                .addHeader(ID_HEADER, id);
        if (message.kind().optional()) {
            mail.addHeader("List-Unsubscribe", "<" + settings + ">");
        }
        return mailer.send(mail)
                .replaceWith(id)
                .onFailure()
                .transform(
                        failure -> new DeliveryFailure(Failures.isTimeout(failure) ? "timeout" : "smtp_failed", true));
    }
}
