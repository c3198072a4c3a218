#!/usr/bin/env python3
"""A burst of strangers checking one certificate's credential at once, against a Frontline on
this machine: the shape of a verification campaign, or of a partner's tool re-checking a batch.

    scripts/records-burst.py --pid PID --code CODE [--clients 300] [--url http://127.0.0.1:3000]

Each client does one of four things a verifier does and checks the answer: downloads the
credential (`/certificates/CODE/credential`: 200, a compact JWS), fetches the keys
(`/.well-known/jwks.json`) or the status list (`/credentials/status/1`), or posts the credential
to `/verify` as the page's form does (multipart) and expects "Genuine". Prints the answers by
kind, the median, 95th percentile and slowest answer, and the server's peak resident memory
(VmHWM of PID). Loopback only; bounded in count and time.
"""

import argparse
import http.client
import statistics
import threading
import time
import urllib.parse

BOUNDARY = "----records-burst"


def request(host, port, method, path, body=None, headers=None):
    conn = http.client.HTTPConnection(host, port, timeout=60)
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    text = response.read().decode("utf-8", "replace")
    conn.close()
    return response.status, text


def form(credential):
    return (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"credential\"\r\n\r\n"
            f"{credential}\r\n--{BOUNDARY}--\r\n").encode()


def one(kind, host, port, code, credential, results, index):
    started = time.monotonic()
    try:
        if kind == "credential":
            status, text = request(host, port, "GET", f"/certificates/{code}/credential")
            good = status == 200 and text.count(".") == 2
        elif kind == "jwks":
            status, text = request(host, port, "GET", "/.well-known/jwks.json")
            good = status == 200 and '"RSA"' in text
        elif kind == "status":
            status, text = request(host, port, "GET", "/credentials/status/1")
            good = status == 200 and text.count(".") == 2
        else:
            status, text = request(host, port, "POST", "/verify", form(credential), {
                "Content-Type": f"multipart/form-data; boundary={BOUNDARY}",
                "Origin": f"http://{host}:{port}", "Sec-Fetch-Site": "same-origin", "Accept": "text/html"})
            good = status == 200 and "Genuine" in text
        results[index] = (kind, status, good, time.monotonic() - started)
    except Exception:  # a dropped connection counts as a failure, never a hang
        results[index] = (kind, 0, False, time.monotonic() - started)


def peak_rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://127.0.0.1:3000")
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--code", required=True)
    parser.add_argument("--clients", type=int, default=300)
    args = parser.parse_args()
    url = urllib.parse.urlparse(args.url)
    host, port = url.hostname, url.port or 80
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("loopback only")
    status, credential = request(host, port, "GET", f"/certificates/{args.code}/credential")
    if status != 200:
        raise SystemExit(f"no credential for {args.code}: {status}")
    kinds = ["credential", "jwks", "status", "verify"]
    before = peak_rss_mib(args.pid)
    results = [None] * args.clients
    threads = [threading.Thread(target=one, args=(kinds[i % 4], host, port, args.code, credential, results, i))
               for i in range(args.clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    elapsed = time.monotonic() - started
    failed = [r for r in results if not r or not r[2]]
    times = sorted(r[3] * 1000 for r in results if r)
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"{args.clients} verifiers at once: {args.clients - len(failed)} right answers, {len(failed)} wrong or failed")
    for kind in kinds:
        mine = sorted(r[3] * 1000 for r in results if r and r[0] == kind)
        print(f"  {kind:<10} {len(mine):>4}: median {statistics.median(mine):.0f} ms, slowest {mine[-1]:.0f} ms")
    print(f"answers in {elapsed:.2f} s: median {statistics.median(times):.0f} ms, "
          f"95th percentile {p95:.0f} ms, slowest {times[-1]:.0f} ms")
    print(f"server peak resident memory: {before:.0f} MiB before, {peak_rss_mib(args.pid):.0f} MiB after")
    if failed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
