package vn.parmonitor.alerting;

import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP through Spring's mail sender ({@code spring.mail.host} and friends). Without a configured mail
 * server the channel is unavailable and e-mails wait in the outbox until one is configured.
 */
@Component
class EmailSender implements NotificationSender {

	private final ObjectProvider<JavaMailSender> mailSender;

	private final NotificationProperties properties;

	EmailSender(ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties) {
		this.mailSender = mailSender;
		this.properties = properties;
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	/** A mail sender with a host: an empty {@code spring.mail.host} (e.g. an unset variable in compose) is none. */
	@Override
	public boolean available() {
		JavaMailSender sender = mailSender.getIfAvailable();
		return sender != null && !(sender instanceof JavaMailSenderImpl impl && (impl.getHost() == null || impl.getHost().isBlank()));
	}

	@Override
	public void send(Notification notification) throws Exception {
		JavaMailSender sender = mailSender.getObject();
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(properties.mailFrom());
		helper.setTo(notification.recipient());
		helper.setSubject(notification.subject());
		helper.setText(notification.body());
		// A stable Message-ID lets mail systems recognise a re-sent message as the same one.
		message.saveChanges();
		message.setHeader("Message-ID", "<" + notification.id().replaceAll("[^A-Za-z0-9._-]", "_") + "@par-monitor>");
		message.setHeader("X-PAR-Notification", notification.id());
		sender.send(message);
	}

}
