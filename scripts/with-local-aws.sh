#!/usr/bin/env bash
# Runs a command with Amazon's DynamoDB Local and the moto server (S3, SQS) on 127.0.0.1, and
# the AWS_* variables that point the SDK at them. Meant to run inside `unshare -n`: DynamoDB
# Local binds every interface, so it must be in a private network namespace where nothing else
# can reach it and the tests cannot reach out. Both servers stop when the command ends, also on
# failure.
#
# Environment: DDB_DIR (the DynamoDB Local folder); moto_server on PATH.
set -euo pipefail

DDB_PORT=8000
MOTO_PORT=5000
LOGS=$(mktemp -d)

ip link set lo up

pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT

(cd "$DDB_DIR" && exec java -Djava.library.path=./DynamoDBLocal_lib -jar DynamoDBLocal.jar \
    -inMemory -port "$DDB_PORT" -disableTelemetry) >"$LOGS/dynamodb.log" 2>&1 &
pids+=($!)
moto_server -H 127.0.0.1 -p "$MOTO_PORT" >"$LOGS/moto.log" 2>&1 &
pids+=($!)

wait_for() { # name port
    for _ in $(seq 1 150); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$2") 2>/dev/null; then
            echo "$1 is up on 127.0.0.1:$2"
            return 0
        fi
        sleep 0.2
    done
    echo "$1 did not start on port $2; its log:" >&2
    cat "$LOGS"/*.log >&2
    return 1
}
wait_for "DynamoDB Local" "$DDB_PORT"
wait_for "moto" "$MOTO_PORT"

export AWS_REGION=eu-west-2
export AWS_ACCESS_KEY_ID=test
export AWS_SECRET_ACCESS_KEY=test
export AWS_EC2_METADATA_DISABLED=true
export AWS_ENDPOINT_URL_DYNAMODB="http://127.0.0.1:$DDB_PORT"
export AWS_ENDPOINT_URL_S3="http://127.0.0.1:$MOTO_PORT"
export AWS_ENDPOINT_URL_SQS="http://127.0.0.1:$MOTO_PORT"
export AWS_ENDPOINT_URL_SSM="http://127.0.0.1:$MOTO_PORT"

"$@"
