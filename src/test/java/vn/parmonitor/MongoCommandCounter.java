package vn.parmonitor;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/** Counts the commands the application sends to MongoDB, through the driver's {@link CommandListener}. */
public class MongoCommandCounter implements CommandListener {

	private final List<String> commands = new ArrayList<>();

	@Override
	public synchronized void commandStarted(CommandStartedEvent event) {
		org.bson.BsonValue target = event.getCommand().get(event.getCommandName());
		commands.add(event.getCommandName() + (target != null && target.isString() ? " " + target.asString().getValue() : ""));
	}

	public synchronized void reset() {
		commands.clear();
	}

	public synchronized List<String> commands() {
		return List.copyOf(commands);
	}

}
