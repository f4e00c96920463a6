# Parley: multi-stage build on Debian 12. The build stage compiles and runs
# the unit and integration tests; the runtime stage holds only the binary,
# migrations, dictionaries, config and the built web UI, and runs as a
# non-root user with the database in a volume.
FROM debian:12 AS build
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      build-essential cmake pkg-config ca-certificates libboost-dev libboost-system-dev \
      libsqlite3-dev sqlite3 nlohmann-json3-dev libspdlog-dev libcli11-dev doctest-dev \
      libutf8proc-dev zlib1g-dev libssl-dev libgumbo-dev libsimdjson-dev nodejs npm python3 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DPARLEY_BUILD_BENCH=OFF \
    && cmake --build build -j"$(nproc)" \
    && (cd build && ctest --output-on-failure -LE browser)
RUN if [ -f web/package.json ]; then cd web && npm ci --no-audit --no-fund && npm run build; fi

FROM debian:12-slim AS runtime
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      libsqlite3-0 libspdlog1.10 libfmt9 libutf8proc2 zlib1g libssl3 libgumbo1 libsimdjson14 curl \
      ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /var/lib/parley --create-home parley
COPY --from=build /src/build/parley /usr/local/bin/parley
COPY --from=build /src/migrations /usr/share/parley/migrations
COPY --from=build /src/config /usr/share/parley/config
COPY --from=build /src/web/dist /usr/share/parley/web/dist
ENV PARLEY_HOME=/usr/share/parley \
    PARLEY_DB=/var/lib/parley/parley.db \
    PARLEY_HOST=0.0.0.0 \
    PARLEY_PORT=8080
USER parley
VOLUME ["/var/lib/parley"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
  CMD curl -fsS http://127.0.0.1:8080/api/v1/health || exit 1
ENTRYPOINT ["/usr/local/bin/parley"]
CMD ["serve", "--seed"]
