package vn.parmonitor.spreadsheet;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import vn.parmonitor.system.audit.Actor;
import vn.parmonitor.system.http.SpooledUpload;
import vn.parmonitor.system.lease.InstanceId;
import vn.parmonitor.system.security.ApiPrincipal;
import vn.parmonitor.system.security.ApiRole;

/**
 * Takes files for import and works them off in a small pool of workers, so that a large file neither holds a request
 * thread nor competes with more than {@link ImportProperties#workers()} others. The file is spooled to disk and read
 * from there as a stream (twice: check, then store); its job records progress and errors for the client to poll.
 * The worker acts as the caller who sent the file, so that the audit trail names them.
 */
@Service
public class SpreadsheetImports implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SpreadsheetImports.class);

	private final Map<ImportKind, SpreadsheetImporter> importers = new EnumMap<>(ImportKind.class);

	private final MongoTemplate mongo;

	private final ImportProperties properties;

	private final Clock clock;

	private final ThreadPoolExecutor workers;

	private final InstanceId instance;

	SpreadsheetImports(List<SpreadsheetImporter> importers, MongoTemplate mongo, ImportProperties properties,
			InstanceId instance, Optional<Clock> clock) {
		this.instance = instance;
		importers.forEach(importer -> this.importers.put(importer.kind(), importer));
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock.orElse(Clock.systemUTC());
		AtomicInteger threads = new AtomicInteger();
		this.workers = new ThreadPoolExecutor(properties.workers(), properties.workers(), 0, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(properties.queue()), runnable -> {
					Thread thread = new Thread(runnable, "par-import-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		abandonInterrupted();
	}

	public SpreadsheetImporter importer(ImportKind kind) {
		return importers.get(kind);
	}

	/**
	 * Queues a file for import as the caller of the current request and answers its job at once (QUEUED); the file is
	 * copied first, so the request's stream may close.
	 *
	 * @param parameters values for every row, for the columns the file does not have ({@link ImportJob#parameters()})
	 * @throws SpreadsheetUnreadable when the file is no spreadsheet PAR Monitor reads
	 * @throws ImportsBusy when the queue is full
	 */
	public ImportJob submit(ImportKind kind, String fileName, InputStream content, boolean dryRun,
			Map<String, String> parameters) {
		SpooledUpload upload = SpooledUpload.of(content);
		try {
			SpreadsheetFormat format = SpreadsheetFormat.of(upload.path()).orElseThrow(() -> new SpreadsheetUnreadable(
					"the file is neither an XLSX workbook nor CSV text (an old .xls? save it as .xlsx or CSV UTF-8)"));
			ImportJob job = new ImportJob(UUID.randomUUID().toString(), kind, fileName, format, upload.size(),
					upload.sha256(), dryRun, parameters, ImportState.QUEUED, 0, SpreadsheetReader.estimateRows(upload.path(), format), 0, 0,
					0, List.of(), null, Actor.current(), instance.value(), Instant.now(clock), null, null);
			mongo.insert(job);
			SecurityContext caller = SecurityContextHolder.getContext();
			try {
				workers.execute(() -> work(job, upload, caller));
			}
			catch (RejectedExecutionException full) {
				mongo.remove(job);
				throw new ImportsBusy(properties.workers() + properties.queue());
			}
			return job;
		}
		catch (RuntimeException ex) {
			upload.close();
			throw ex;
		}
	}

	/** The job, to the one who sent the file and to the Department; empty for anyone else. */
	public Optional<ImportJob> find(String id) {
		ImportJob job = id == null ? null : mongo.findById(id, ImportJob.class);
		if (job == null) {
			return Optional.empty();
		}
		Optional<ApiPrincipal> caller = ApiPrincipal.current();
		boolean mine = caller.map(principal -> principal.role() == ApiRole.ADMIN
				|| principal.name().equals(job.requestedBy().name())).orElse(false);
		return mine ? Optional.of(job) : Optional.empty();
	}

	/** Waits (up to {@code timeout}) for a job to finish and answers it as it then stands. */
	public ImportJob await(String id, java.time.Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		ImportJob job = mongo.findById(id, ImportJob.class);
		long pause = 20;
		while (job != null && !job.state().finished() && Instant.now().isBefore(deadline)) {
			Thread.sleep(pause); // polls its own job's record; the worker writes it after every batch of rows
			pause = Math.min(pause * 2, 250);
			job = mongo.findById(id, ImportJob.class);
		}
		return job;
	}

	private void work(ImportJob job, SpooledUpload upload, SecurityContext caller) {
		SecurityContextHolder.setContext(caller);
		ImportRun run = new ImportRun(job.id(), upload.path(), job.format(), job.dryRun(), job.parameters(),
				ApiPrincipal.current().orElse(null), properties.maxRows(), mongo, clock);
		try (upload) {
			run.validating(job.rowsTotal());
			importers.get(job.kind()).run(run);
			run.finish();
		}
		catch (SpreadsheetUnreadable unreadable) {
			run.fail(unreadable.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("Import {} of {} failed", job.id(), job.fileName(), ex);
			run.fail("the server failed while importing (" + ex.getClass().getSimpleName()
					+ "); rows stored before the failure are kept and the file can be sent again: rows already stored are "
					+ "left as they are");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Jobs that this replica's previous life left unfinished will not move again: they say so. */
	private void abandonInterrupted() {
		mongo.updateMulti(Query.query(Criteria.where("instance").is(instance.value()).and("state")
			.in(ImportState.QUEUED, ImportState.VALIDATING, ImportState.STORING)), Update.update("state", ImportState.FAILED)
			.set("message", "the server stopped before the import finished; send the file again (rows already stored are "
					+ "left as they are)")
			.set("finishedAt", Instant.now(clock)), ImportJob.class);
	}

	@Override
	public void destroy() {
		workers.shutdownNow();
	}

	/** Every worker is busy and the queue is full. */
	public static class ImportsBusy extends RuntimeException {

		ImportsBusy(int capacity) {
			super("the server is working on " + capacity + " imports already; send the file again in a minute");
		}

	}

}
