package vn.parmonitor.system.lease;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Who may do a piece of shared work until when. One document per piece of work, keyed by its name. */
@Document("leases")
record Lease(@Id String name, String owner, Instant acquiredAt, Instant expiresAt) {
}
