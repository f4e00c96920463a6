# Parley: multi-stage build on Debian 12. The build stage installs what the
# build and its tests need, compiles, and runs the test suite (all but the
# browser tests, which need Chromium); the runtime stage holds only the
# binary, migrations, dictionaries, config, the built web UI and the API
# viewer, and runs as a non-root user with the database in a volume.
# `tools/docker/replay.py` replays these steps in a debootstrap root where no
# container engine runs.
FROM debian:12 AS build
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      build-essential cmake pkg-config ca-certificates git curl libboost-dev libboost-system-dev \
      libsqlite3-dev sqlite3 nlohmann-json3-dev libspdlog-dev libcli11-dev doctest-dev \
      libutf8proc-dev zlib1g-dev libssl-dev libgumbo-dev libsimdjson-dev libpq-dev nodejs npm \
      clang-format clang-tidy python3 python3-networkx python3-pandas python3-lxml \
      python3-nbconvert jupyter-nbconvert python3-ipykernel python3-matplotlib python3-pyld \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN if [ -f web/package.json ]; then cd web && npm ci --no-audit --no-fund && npm run build; fi
RUN cd tools/apidocs && npm ci --no-audit --no-fund --loglevel=error
RUN cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DPARLEY_BUILD_BENCH=OFF \
    && cmake --build build -j"$(nproc)" \
    && (cd build && ctest --output-on-failure -j"$(nproc)" -LE browser)

FROM debian:12-slim AS runtime
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      libsqlite3-0 libspdlog1.10 libfmt9 libutf8proc2 zlib1g libssl3 libgumbo1 libsimdjson14 libpq5 \
      curl \
      ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /var/lib/parley --create-home parley
COPY --from=build /src/build/parley /usr/local/bin/parley
COPY --from=build /src/migrations /usr/share/parley/migrations
COPY --from=build /src/config /usr/share/parley/config
COPY --from=build /src/models /usr/share/parley/models
COPY --from=build /src/web/dist /usr/share/parley/web/dist
COPY --from=build /src/tools/apidocs/node_modules/redoc/bundles/redoc.standalone.js /usr/share/parley/docs/redoc.standalone.js
ENV PARLEY_HOME=/usr/share/parley \
    PARLEY_DB=/var/lib/parley/parley.db \
    PARLEY_DOCS_DIR=/usr/share/parley/docs \
    PARLEY_HOST=0.0.0.0 \
    PARLEY_PORT=8080
USER parley
VOLUME ["/var/lib/parley"]
EXPOSE 8080
# /api/v1/health answers without a token even when reads need one (it then
# says only whether the server and database are up).
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
  CMD curl -fsS http://127.0.0.1:8080/api/v1/health || exit 1
ENTRYPOINT ["/usr/local/bin/parley"]
# A production run starts empty; `docker run IMAGE serve --seed` loads the
# sample article for a demonstration.
CMD ["serve"]
