# Safety credit service. Configure with CREDIT_* environment variables (see README).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    CREDIT_DEV=false \
    CREDIT_DATABASE_URL=sqlite:///var/lib/credit/credit.sqlite3 \
    CREDIT_RECEIPT_KEY_DIR=/var/lib/credit/receipt-keys

WORKDIR /src
COPY pyproject.toml README.md ./
COPY credit ./credit
COPY migrations ./migrations
COPY graphql/operations ./graphql/operations
# a regular (non-editable) install: migrations ship inside the wheel as credit.migrations,
# the consumers' (trusted) documents as credit.operations
RUN pip install --no-cache-dir . && rm -rf /src

RUN useradd --system --uid 10001 --home /var/lib/credit credit \
    && mkdir -p /var/lib/credit && chown credit:credit /var/lib/credit
USER credit
WORKDIR /var/lib/credit
VOLUME ["/var/lib/credit"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz').status == 200 else 1)"
ENTRYPOINT ["credit"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8000"]
