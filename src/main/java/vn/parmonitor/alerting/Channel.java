package vn.parmonitor.alerting;

/** How a notification travels. */
public enum Channel {

	EMAIL, WEBHOOK

}
