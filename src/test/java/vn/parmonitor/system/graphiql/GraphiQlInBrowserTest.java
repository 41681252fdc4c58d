package vn.parmonitor.system.graphiql;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.parmonitor.ExternalTools;
import vn.parmonitor.LaggingTarget;
import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.evaluation.EvaluationService;
import vn.parmonitor.evaluation.EvaluationTrigger;
import vn.parmonitor.indicator.IndicatorService;
import vn.parmonitor.plan.TargetService;
import vn.parmonitor.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL as a front-end developer uses it, in Debian's headless Chromium, on a machine without internet (every
 * host but the server's is made unresolvable): the page loads, runs a query and shows the answer; the headers tab
 * carries the API token of a mutation; a subscription shows an alert as it opens.
 */
@ParMonitorIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphiQlInBrowserTest {

	static final Duration PATIENCE = Duration.ofSeconds(60);

	@LocalServerPort
	int port;

	@Autowired
	UnitService units;

	@Autowired
	IndicatorService indicators;

	@Autowired
	TargetService targets;

	@Autowired
	EvaluationService evaluations;

	@Autowired
	MeterRegistry registry;

	WebDriver browser;

	Path profile;

	@BeforeAll
	void startChromium() throws Exception {
		Path chromium = ExternalTools.locate("chromium", "chromium");
		Path chromedriver = ExternalTools.locate("chromedriver", "chromium-driver");
		profile = Files.createTempDirectory("graphiql-chromium");
		ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--user-data-dir=" + profile, "--window-size=1400,900",
				// Offline: no name but the loopback address resolves, so a CDN asset could never load.
				"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	void stopChromium() throws Exception {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
		}
	}

	@Test
	void graphiqlLoadsOfflineRunsAQueryAndShowsTheAnswer() {
		open("{ assessment(unitCode: \"20\", year: 2022) { indexPercent rank { rank of } } }");
		run();
		waitForResponse("81.45");
		assertThat(response()).contains("\"rank\": 54").contains("\"of\": 63");
		List<String> elsewhere = resourcesFromOtherHosts();
		assertThat(elsewhere).as("assets loaded from anywhere but the server").isEmpty();
	}

	@Test
	void theHeadersTabCarriesTheApiTokenOfAMutation() {
		String mutation = "mutation { upsertUnits(input: { units: [] }) { userErrors { message } } }";
		open(mutation);
		run();
		waitForResponse("needs an API token with role ADMIN");
		open(mutation);
		browser.findElements(By.cssSelector(".graphiql-editor-tools button"))
			.stream()
			.filter(button -> button.getText().strip().equals("Headers"))
			.findFirst()
			.orElseThrow()
			.click();
		WebElement headers = wait(By.cssSelector(".graphiql-editor-tool .graphiql-editor:not(.hidden) textarea"));
		headers.sendKeys("{\"Authorization\": \"Bearer " + ParMonitorIntegrationTest.ADMIN_TOKEN + "\"}");
		run();
		waitForResponse("give at least one unit");
	}

	@Test
	void aSubscriptionShowsAnAlertWhenAnEvaluationOpensIt() {
		LaggingTarget.create("T-GQL", units, targets, indicators);
		double openBefore = openSubscriptions();
		open("subscription { alertEvents(unitCode: \"T-GQL-PROV\") { event { type } alert { target { code } } } }");
		run();
		// The event to wait for: the server has opened the stream GraphiQL asked for.
		new WebDriverWait(browser, PATIENCE).until(driver -> openSubscriptions() > openBefore);
		evaluations.runNow(EvaluationTrigger.MANUAL, null);
		waitForResponse("T-GQL-TARGET");
		assertThat(response()).contains("OPENED");
	}

	private double openSubscriptions() {
		return registry.get("par.alert.subscriptions").gauge().value();
	}

	private void open(String query) {
		browser.get("http://127.0.0.1:" + port + "/graphiql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
		wait(By.cssSelector(".graphiql-execute-button"));
	}

	private void run() {
		browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
	}

	private void waitForResponse(String text) {
		new WebDriverWait(browser, PATIENCE).until(driver -> response().contains(text));
	}

	private String response() {
		Object text = ((JavascriptExecutor) browser)
			.executeScript("const r = document.querySelector('.graphiql-response'); return r ? r.innerText : '';");
		return text == null ? "" : text.toString();
	}

	private WebElement wait(By by) {
		return new WebDriverWait(browser, PATIENCE).until(driver -> {
			List<WebElement> found = driver.findElements(by);
			return found.isEmpty() ? null : found.get(0);
		});
	}

	@SuppressWarnings("unchecked")
	private List<String> resourcesFromOtherHosts() {
		List<Object> urls = (List<Object>) ((JavascriptExecutor) browser)
			.executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
		List<String> elsewhere = new ArrayList<>();
		for (Object url : urls) {
			if (!url.toString().startsWith("http://127.0.0.1:" + port + "/") && !url.toString().startsWith("ws://127.0.0.1:")) {
				elsewhere.add(url.toString());
			}
		}
		return elsewhere;
	}

}
