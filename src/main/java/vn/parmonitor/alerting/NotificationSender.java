package vn.parmonitor.alerting;

/** Sends notifications of one channel. */
interface NotificationSender {

	Channel channel();

	/** Whether the channel is configured; notifications of an unavailable channel wait in the outbox. */
	boolean available();

	/** Sends, or throws with the receiver's answer so that the attempt is retried later. */
	void send(Notification notification) throws Exception;

}
