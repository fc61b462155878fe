package fr.pilotis.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

class ActivationLinkSenderTests {

    final ActivationLink link = new ActivationLink(
            7,
            "anne.martin@exemple.fr",
            "https://pilotis.exemple.fr/activation/abc",
            Instant.parse("2026-11-30T10:00:00Z"));

    ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/access");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @SuppressWarnings("unchecked")
    ObjectProvider<JavaMailSender> provider(JavaMailSender sender) {
        ObjectProvider<JavaMailSender> provider = mock(ObjectProvider.class);
        org.mockito.Mockito.when(provider.getIfAvailable()).thenReturn(sender);
        return provider;
    }

    @Test
    void mailsTheLinkInFrenchWhenSmtpIsConfigured() {
        JavaMailSender mail = mock(JavaMailSender.class);
        ActivationLinkSender sender = new ActivationLinkSender(provider(mail), messages(), false, "pilotis@exemple.fr");

        assertThat(sender.send(link, "Anne Martin")).isTrue();

        ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(mail).send(sent.capture());
        assertThat(sent.getValue().getTo()).containsExactly("anne.martin@exemple.fr");
        assertThat(sent.getValue().getSubject()).isEqualTo("Pilotis : activez votre compte");
        assertThat(sent.getValue().getText())
                .contains("Bonjour Anne Martin")
                .contains("https://pilotis.exemple.fr/activation/abc")
                .contains("jusqu'au 30/11/2026 11:00")
                .contains("vient d'être créé");
    }

    @Test
    void withoutSmtpOrWhenTheMailFailsTheLinkIsStillShownToTheAdmin() {
        ActivationLinkSender noSmtp = new ActivationLinkSender(provider(null), messages(), true, "pilotis@exemple.fr");
        assertThat(noSmtp.send(link, "Anne Martin")).isFalse();

        JavaMailSender broken = mock(JavaMailSender.class);
        doThrow(new MailSendException("refused")).when(broken).send(any(SimpleMailMessage.class));
        ActivationLinkSender failing =
                new ActivationLinkSender(provider(broken), messages(), false, "pilotis@exemple.fr");
        assertThat(failing.send(link, "Anne Martin")).isFalse();
    }
}
