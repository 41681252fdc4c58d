package vn.parmonitor;

import java.io.IOException;
import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.http.server.LocalTestWebServer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Real peers for the shared test context: a GreenMail SMTP server on 127.0.0.1 (a free port) that the application's
 * mail sender talks to, a MongoDB command counter that counts the commands of tagged requests only, and the CPU time
 * of named requests. The GraphQL tester waits up to two minutes for an answer: a busy machine is slow, not wrong.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

	static final Duration PATIENCE = Duration.ofMinutes(2);

	@Bean
	MongoCommandCounter mongoCommandCounter() {
		return new MongoCommandCounter();
	}

	@Bean
	MongoClientSettingsBuilderCustomizer countCommands(MongoCommandCounter counter) {
		return settings -> settings.addCommandListener(counter).contextProvider(counter.contextProvider());
	}

	/** Tags the request's thread with the {@link MongoCommandCounter#HEADER} it was sent with. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	OncePerRequestFilter commandTagging() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String tag = request.getHeader(MongoCommandCounter.HEADER);
				if (tag == null) {
					chain.doFilter(request, response);
					return;
				}
				MongoCommandCounter.TAG.set(tag);
				try {
					chain.doFilter(request, response);
				}
				finally {
					MongoCommandCounter.TAG.remove();
				}
			}
		};
	}

	@Bean
	RequestCpuTimes requestCpuTimes() {
		return new RequestCpuTimes();
	}

	/** Measures the CPU time of the requests sent with {@link RequestCpuTimes#HEADER}. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	OncePerRequestFilter cpuTiming(RequestCpuTimes times) {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String id = request.getHeader(RequestCpuTimes.HEADER);
				long started = RequestCpuTimes.currentThreadCpu();
				try {
					chain.doFilter(request, response);
				}
				finally {
					if (id != null) {
						times.record(id, RequestCpuTimes.currentThreadCpu() - started);
					}
				}
			}
		};
	}

	@Bean
	HttpGraphQlTester httpGraphQlTester(ApplicationContext context, WebTestClient webTestClient) {
		WebTestClient client = webTestClient.mutate()
			.uriBuilderFactory(LocalTestWebServer.obtain(context).withPath("/graphql").uriBuilderFactory())
			.responseTimeout(PATIENCE)
			.build();
		return HttpGraphQlTester.builder(client.mutate()).responseTimeout(PATIENCE).build();
	}

	@Bean(destroyMethod = "stop")
	GreenMail greenMail() {
		GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
		return greenMail;
	}

	@Bean
	JavaMailSender mailSender(GreenMail greenMail) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(greenMail.getSmtp().getPort());
		return sender;
	}

}
