# Paperboy: build with Maven, run on a JRE.
#   docker build -t paperboy .
#   docker run -it -v paperboy-data:/app/data paperboy                                  # console adapter
#   docker run -d -v paperboy-data:/app/data -e SLACK_BOT_TOKEN=… -e SLACK_APP_TOKEN=… paperboy   # Slack
# Secrets come only from the environment (-e or --env-file), never from the image or config/.

FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /build
# Dependencies first, so a source change does not download them again.
COPY pom.xml .
RUN mvn -B -ntp dependency:go-offline
COPY src src
COPY config config
RUN mvn -B -ntp package -DskipTests

FROM eclipse-temurin:17-jre
RUN groupadd --system paperboy && useradd --system --gid paperboy --home-dir /app paperboy
WORKDIR /app
COPY --from=build /build/target/paperboy.jar /app/paperboy.jar
COPY config /app/config
COPY seeds /app/seeds
# The H2 database and the search index live here; mount a volume to keep them.
RUN mkdir -p /app/data && chown -R paperboy:paperboy /app
VOLUME ["/app/data"]
USER paperboy
# A 512 MB heap holds 100,000 papers and 1,000 channels with room to spare (about 350 MB live, 700 MB resident;
# docs/PERFORMANCE.md); without a cap the JVM lets the heap grow to a quarter of the machine's memory first.
# Raise it for a bigger deployment. DJL/onnxruntime (the embedding model) must not phone home or write outside
# the volume.
ENV JAVA_TOOL_OPTIONS="-Xmx512m -DOPT_OUT_TRACKING=true -DDJL_CACHE_DIR=/app/data/djl"
# GET /healthz, /readyz and /metrics (management.port). Java is PID 1 (exec form below), so `docker stop`'s SIGTERM
# reaches it: it lets a digest being posted finish (shutdown.timeout-seconds, 6, under Docker's 10 s) and exits 143.
EXPOSE 8081
# Liveness through bash's /dev/tcp: the JRE image has bash but no curl. Follows PAPERBOY_MANAGEMENT_PORT when set;
# with the port off (0) leave the check out: docker run --no-healthcheck.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PAPERBOY_MANAGEMENT_PORT:-8081} && printf 'GET /healthz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-jar", "/app/paperboy.jar"]
CMD ["run"]
