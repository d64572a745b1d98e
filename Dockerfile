# Safety credit service (安全生产信用服务). Configure with CREDIT_* environment variables (README).
#   docker build -t safety-credit .
#   docker run -p 8000:8000 -v credit-data:/var/lib/credit safety-credit
# Dependencies come from requirements.lock (pinned and hash-checked: scripts/lock refreshes it),
# installed by scripts/install-locked, the same script tests/test_image_install.py runs.
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# ---------------------------------------------------------------- build: a virtualenv in /opt/credit
FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
# the dependency layer is rebuilt only when the lock changes, not on every code change
COPY requirements.lock ./
COPY scripts/install-locked ./scripts/
RUN scripts/install-locked deps /opt/credit
COPY pyproject.toml README.md ./
COPY credit ./credit
COPY migrations ./migrations
COPY graphql/operations ./graphql/operations
# the service as a wheel (migrations ship inside it as credit.migrations, the consumers'
# trusted documents as credit.operations), then installed without resolving anything:
# every dependency is already in place from the lock
RUN /opt/credit/bin/pip wheel --no-deps --wheel-dir /wheels . \
    && scripts/install-locked service /opt/credit /wheels/safety_credit-*.whl

# ---------------------------------------------------------------- runtime: no compiler, no pip cache
FROM ${PYTHON_IMAGE}
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    PATH=/opt/credit/bin:$PATH \
    CREDIT_DEV=false \
    CREDIT_LOG_FORMAT=json \
    CREDIT_DATABASE_URL=sqlite:///var/lib/credit/credit.sqlite3 \
    CREDIT_RECEIPT_KEY_DIR=/var/lib/credit/receipt-keys
RUN useradd --system --uid 10001 --user-group --home-dir /var/lib/credit --no-create-home credit \
    && mkdir -p /var/lib/credit/receipt-keys \
    && chown -R credit:credit /var/lib/credit
COPY --from=build /opt/credit /opt/credit
USER 10001:10001
WORKDIR /var/lib/credit
VOLUME ["/var/lib/credit"]
EXPOSE 8000
# /healthz: the process answers (readiness, /readyz, is for the load balancer: database reachable
# and migrated). The port is the one CMD serves on; change both together.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2).status != 200)"]
ENTRYPOINT ["credit"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]
