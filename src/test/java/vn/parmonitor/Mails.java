package vn.parmonitor;

import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** The e-mails the test SMTP server received for one address, in the order received. */
public final class Mails {

	private Mails() {
	}

	public static List<MimeMessage> to(GreenMail greenMail, String address) throws MessagingException {
		List<MimeMessage> mails = new ArrayList<>();
		for (MimeMessage message : greenMail.getReceivedMessages()) {
			if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
				mails.add(message);
			}
		}
		return mails;
	}

}
