#!/usr/bin/env python3
"""Start-up time of a function binary under a local Lambda runtime API.

Serves the Runtime API on 127.0.0.1, starts the binary with the Lambda environment, and measures
the time from exec to its first `GET /2018-06-01/runtime/invocation/next`: everything the
function does before it can take an event (reading its config, building its AWS and HTTPS
clients). It then hands it one event, checks the answer, and stops it. Repeated N times.

Usage: scripts/measure_startup.py BINARY EVENT.json [N]
  e.g. cargo build --release -p webhook &&
       scripts/measure_startup.py target/release/webhook infra/events/lex-v2-reply.json 30

RUNNER runs the binary through another program: the arm64 build Lambda runs, on this x86_64
machine, under user-mode QEMU (Debian packages qemu-user and libc6-arm64-cross):
  RUNNER="qemu-aarch64 -L /usr/aarch64-linux-gnu" \
       scripts/measure_startup.py target/lambda/webhook/bootstrap infra/events/lex-v2-reply.json 10
Times under emulation are QEMU's, not Graviton's: the run proves the binary starts and answers.

The webhook is started with the example bot config, its endpoint secrets and API key taken from
environment variables (no SSM call), and a queue URL that is never called before the event.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class RuntimeApi(BaseHTTPRequestHandler):
    event = b"{}"
    first_next = None
    answer = None
    done = threading.Event()

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path.endswith("/runtime/invocation/next"):
            if RuntimeApi.first_next is None:
                RuntimeApi.first_next = time.perf_counter()
                self.send_response(200)
                self.send_header("Lambda-Runtime-Aws-Request-Id", "req-1")
                self.send_header("Lambda-Runtime-Deadline-Ms", str(int(time.time() * 1000) + 5000))
                self.send_header("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:eu-west-2:000000000000:function:webhook")
                self.send_header("Content-Length", str(len(RuntimeApi.event)))
                self.end_headers()
                self.wfile.write(RuntimeApi.event)
            else:
                RuntimeApi.done.wait(5)
                self.send_response(500)
                self.end_headers()

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        RuntimeApi.answer = (self.path, self.rfile.read(length))
        self.send_response(202)
        self.end_headers()
        RuntimeApi.done.set()


def local_config(directory):
    config = json.load(open(os.path.join(ROOT, "infra/bots/example.json")))
    for bot in config["bots"]:
        for name, endpoint in bot.get("endpoints", {}).items():
            endpoint["secret"] = {"env": "STARTUP_SECRET"}
    path = os.path.join(directory, "bots.json")
    json.dump(config, open(path, "w"))
    return path


def once(binary, env):
    RuntimeApi.first_next = None
    RuntimeApi.answer = None
    RuntimeApi.done = threading.Event()
    started = time.perf_counter()
    runner = os.environ.get("RUNNER", "").split()
    process = subprocess.Popen(runner + [binary], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if not RuntimeApi.done.wait(10):
        process.kill()
        raise SystemExit("no answer from the function: " + process.stderr.read().decode(errors="replace"))
    process.kill()
    process.wait()
    path, body = RuntimeApi.answer
    if not path.endswith("/response"):
        raise SystemExit(f"the function reported an error: {body!r}")
    return (RuntimeApi.first_next - started) * 1000


def main():
    binary, event_file = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    RuntimeApi.event = open(event_file, "rb").read()
    server = ThreadingHTTPServer(("127.0.0.1", 0), RuntimeApi)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    with tempfile.TemporaryDirectory() as directory:
        env = {
            "PATH": os.environ.get("PATH", ""),
            "AWS_LAMBDA_RUNTIME_API": f"127.0.0.1:{server.server_address[1]}",
            "AWS_LAMBDA_FUNCTION_NAME": "webhook",
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "256",
            "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
            "AWS_LAMBDA_LOG_GROUP_NAME": "/aws/lambda/webhook",
            "AWS_LAMBDA_LOG_STREAM_NAME": "local",
            "AWS_LAMBDA_LOG_FORMAT": "JSON",
            "AWS_REGION": "eu-west-2",
            "AWS_ACCESS_KEY_ID": "test",
            "AWS_SECRET_ACCESS_KEY": "test",
            "AWS_EC2_METADATA_DISABLED": "true",
            "BOT_CONFIG": local_config(directory),
            "WEBHOOK_API_KEY": "local-dev-key",
            "STARTUP_SECRET": "local-signing-key",
            "TRANSCRIPT_QUEUE_URL": "http://127.0.0.1:9/000000000000/transcripts",
        }
        times = sorted(once(binary, env) for _ in range(runs))
    size = os.path.getsize(binary) / 1e6
    print(f"{binary}: {size:.1f} MB; exec to first /next over {runs} runs: "
          f"median {statistics.median(times):.1f} ms, min {times[0]:.1f} ms, max {times[-1]:.1f} ms")


if __name__ == "__main__":
    main()
