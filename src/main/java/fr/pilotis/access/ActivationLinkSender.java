package fr.pilotis.access;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Delivers an activation link besides showing it to the admin: by mail when SMTP is configured
 * ({@code spring.mail.host}), and in the log when {@code pilotis.log-activation-links} is on (the
 * local profile only: a link is a password in waiting).
 */
@Component
class ActivationLinkSender {

    private static final Logger log = LoggerFactory.getLogger(ActivationLinkSender.class);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRANCE).withZone(ZoneId.of("Europe/Paris"));

    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final boolean logLinks;
    private final String from;

    ActivationLinkSender(
            ObjectProvider<JavaMailSender> mail,
            MessageSource messages,
            @Value("${pilotis.log-activation-links:false}") boolean logLinks,
            @Value("${pilotis.mail-from:pilotis@localhost}") String from) {
        this.mail = mail;
        this.messages = messages;
        this.logLinks = logLinks;
        this.from = from;
    }

    /** Returns whether a mail went out; a mail failure never loses the link, which the admin sees. */
    boolean send(ActivationLink link, String displayName) {
        if (logLinks) {
            log.info(
                    "Activation link for {}: {} (valid until {})",
                    link.email(),
                    link.url(),
                    DATE.format(link.expiresAt()));
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(link.email());
        message.setSubject(messages.getMessage("activation.mail.subject", null, Locale.FRENCH));
        message.setText(messages.getMessage(
                "activation.mail.body",
                new Object[] {displayName, link.url(), DATE.format(link.expiresAt())},
                Locale.FRENCH));
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Activation mail to {} not sent: {}", link.email(), e.getMessage());
            return false;
        }
    }
}
