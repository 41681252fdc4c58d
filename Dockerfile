# syntax=docker/dockerfile:1
# Build stage: compile and package the executable jar (tests run in CI, not in the image build).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY schema schema
COPY docs docs
COPY src src
RUN mvn -B -q -DskipTests package && cp target/par-monitor-*.jar /build/app.jar

# Runtime stage: a JRE, a non-root user, a health check on the actuator.
FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system par && useradd --system --gid par --home-dir /app --shell /usr/sbin/nologin par \
 && mkdir -p /app/data && chown -R par:par /app
WORKDIR /app
COPY --from=build --chown=par:par /build/app.jar /app/app.jar
USER par
EXPOSE 8080
# Without SPRING_MONGODB_URI the server keeps its data in the embedded store under /app/data (mount a volume there).
VOLUME ["/app/data"]
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
