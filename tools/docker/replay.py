#!/usr/bin/python3
"""Replays the Dockerfile's steps in fresh Debian 12 roots made by
debootstrap, where no container engine runs: proof that the image builds and
that its runtime stage serves. Not part of CI (it downloads a Debian base
system and every package the build stage installs, and builds and tests
Parley from scratch: tens of minutes).

    sudo tools/docker/replay.py [--workdir DIR] [--mirror URL] [--keep]

Each FROM starts a root (`debootstrap --variant=minbase bookworm`; debian:12
and debian:12-slim both become minbase roots). RUN runs in a chroot with
/proc, /dev and /sys mounted, the stage's ENV and WORKDIR; `COPY . .` copies
the build context without what .dockerignore excludes; `COPY --from=` copies
between roots; USER, VOLUME, EXPOSE, HEALTHCHECK, ENTRYPOINT and CMD are
recorded. At the end the runtime root runs ENTRYPOINT + CMD as USER with its
ENV and the HEALTHCHECK command, as `docker run` would, and stops it.
"""
import argparse
import fnmatch
import json
import os
import shlex
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def log(msg):
    print(f"[replay {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def instructions(path):
    """(keyword, argument text) per instruction; continuations joined."""
    out, cur = [], ""
    for line in open(path):
        s = line.rstrip("\n")
        if not cur and (not s.strip() or s.lstrip().startswith("#")):
            continue
        if s.endswith("\\"):
            cur += s[:-1] + " "
            continue
        cur += s
        kw, _, arg = cur.strip().partition(" ")
        out.append((kw.upper(), arg.strip()))
        cur = ""
    return out


def dockerignore(context):
    pats = []
    path = os.path.join(context, ".dockerignore")
    if os.path.exists(path):
        for line in open(path):
            line = line.strip()
            if line and not line.startswith("#"):
                pats.append(line.rstrip("/"))
    return pats


def ignored(rel, pats):
    for p in pats:
        p = p.lstrip("/")
        if p.startswith("**/"):
            if any(fnmatch.fnmatch(part, p[3:]) for part in rel.split("/")):
                return True
        elif fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(rel.split("/")[0], p):
            return True
    return False


def copy_context(context, dest):
    pats = dockerignore(context)
    n = 0
    for dirpath, dirnames, filenames in os.walk(context):
        rel_dir = os.path.relpath(dirpath, context)
        rel_dir = "" if rel_dir == "." else rel_dir
        dirnames[:] = [d for d in dirnames
                       if not ignored(os.path.join(rel_dir, d) if rel_dir else d, pats)]
        os.makedirs(os.path.join(dest, rel_dir), exist_ok=True)
        for f in filenames:
            rel = os.path.join(rel_dir, f) if rel_dir else f
            if ignored(rel, pats):
                continue
            shutil.copy2(os.path.join(context, rel), os.path.join(dest, rel), follow_symlinks=False)
            n += 1
    return n


class Stage:
    def __init__(self, name, root):
        self.name, self.root = name, root
        self.env = {"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                    "HOME": "/root", "DEBIAN_FRONTEND": "noninteractive"}
        self.workdir = "/"
        self.user = "root"
        self.meta = {}


def mounts(root, on):
    for fs, target, opts in (("proc", "proc", []), ("sysfs", "sys", []),
                             ("devtmpfs", "dev", [])):
        path = os.path.join(root, target)
        if on:
            os.makedirs(path, exist_ok=True)
            subprocess.run(["mount", "--bind", "/" + target, path] if fs == "devtmpfs"
                           else ["mount", "-t", fs, fs, path] + opts, check=True)
        else:
            subprocess.run(["umount", "-l", path], check=False)


def chroot_run(stage, command, user=None, check=True, timeout=None, background=False):
    env = " ".join(f"{k}={shlex.quote(v)}" for k, v in stage.env.items())
    inner = f"cd {shlex.quote(stage.workdir)} && exec /usr/bin/env -i {env} /bin/sh -c {shlex.quote(command)}"
    argv = ["chroot"]
    if user and user != "root":
        argv += ["--userspec", f"{user}:{user}"]
    argv += [stage.root, "/bin/sh", "-c", inner]
    if background:
        return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return subprocess.run(argv, check=check, timeout=timeout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--workdir", default="/var/tmp/parley-docker-replay")
    ap.add_argument("--mirror", default="http://deb.debian.org/debian")
    ap.add_argument("--context", default=ROOT)
    ap.add_argument("--keep", action="store_true", help="keep the roots afterwards")
    args = ap.parse_args()
    if os.geteuid() != 0:
        sys.exit("replay.py: run as root (debootstrap and chroot)")
    steps = instructions(os.path.join(args.context, "Dockerfile"))
    os.makedirs(args.workdir, exist_ok=True)
    stages, stage = {}, None
    started = time.time()
    try:
        for kw, arg in steps:
            if kw == "FROM":
                image, _, name = arg.partition(" AS ")
                name = name.strip() or f"stage{len(stages)}"
                root = os.path.join(args.workdir, name)
                if os.path.exists(root):
                    mounts(root, False)
                    shutil.rmtree(root)
                log(f"FROM {image} -> debootstrap --variant=minbase bookworm {root}")
                subprocess.run(["debootstrap", "--variant=minbase", "bookworm", root, args.mirror],
                               check=True, stdout=subprocess.DEVNULL)
                stage = Stage(name, root)
                stages[name] = stage
                mounts(root, True)
            elif kw == "RUN":
                log(f"RUN ({stage.name}) {arg[:150]}")
                chroot_run(stage, arg)
            elif kw == "WORKDIR":
                stage.workdir = arg
                os.makedirs(stage.root + arg, exist_ok=True)
            elif kw == "ENV":
                parts = shlex.split(arg)
                for p in parts:
                    k, _, v = p.partition("=")
                    stage.env[k] = v
            elif kw == "COPY":
                parts = shlex.split(arg)
                if parts[0].startswith("--from="):
                    src_stage = stages[parts[0].split("=", 1)[1]]
                    src, dst = parts[1], parts[2]
                    log(f"COPY --from={src_stage.name} {src} {dst}")
                    target = stage.root + dst
                    os.makedirs(os.path.dirname(target.rstrip("/")), exist_ok=True)
                    if os.path.isdir(src_stage.root + src):
                        shutil.copytree(src_stage.root + src, target, dirs_exist_ok=True)
                    else:
                        shutil.copy2(src_stage.root + src, target)
                else:
                    dst = os.path.join(stage.workdir, parts[1])
                    n = copy_context(args.context, stage.root + dst)
                    log(f"COPY . {dst}: {n} files (after .dockerignore)")
            elif kw == "USER":
                stage.user = arg
            elif kw in ("VOLUME", "EXPOSE", "HEALTHCHECK", "ENTRYPOINT", "CMD", "LABEL"):
                stage.meta[kw] = arg
            else:
                sys.exit(f"replay.py: unsupported instruction {kw}")
        # docker run: ENTRYPOINT + CMD as USER, then the HEALTHCHECK.
        entry = json.loads(stage.meta["ENTRYPOINT"]) + json.loads(stage.meta["CMD"])
        log(f"run ({stage.name} as {stage.user}): {' '.join(entry)}")
        for v in json.loads(stage.meta.get("VOLUME", "[]")):
            os.makedirs(stage.root + v, exist_ok=True)
            subprocess.run(["chroot", stage.root, "chown", f"{stage.user}:{stage.user}", v],
                           check=True)
        stage.env["PARLEY_WRITE_TOKEN"] = "replay-token"
        stage.env["PARLEY_READ_REQUIRES_TOKEN"] = "true"
        stage.env["PARLEY_PORT"] = "18080"
        server = chroot_run(stage, "exec " + " ".join(shlex.quote(a) for a in entry), user=stage.user,
                            background=True)
        try:
            health = stage.meta["HEALTHCHECK"].split("CMD", 1)[1].strip().replace("8080", "18080")
            ok = False
            for _ in range(60):
                time.sleep(1)
                if chroot_run(stage, health + " >/dev/null 2>&1", user=stage.user,
                              check=False).returncode == 0:
                    ok = True
                    break
            log(f"HEALTHCHECK {health}: {'healthy' if ok else 'UNHEALTHY'}")
            for path in ("/api/v1/stats", "/docs/redoc.standalone.js"):
                code = subprocess.run(
                    ["chroot", stage.root, "curl", "-s", "-o", "/dev/null", "-w", "%{http_code}",
                     "-H", "Authorization: Bearer replay-token", f"http://127.0.0.1:18080{path}"],
                    capture_output=True, text=True).stdout
                log(f"GET {path} with the read token: {code}")
                ok = ok and code == "200"
            stats = subprocess.run(
                ["chroot", stage.root, "curl", "-s", "-H", "Authorization: Bearer replay-token",
                 "http://127.0.0.1:18080/api/v1/stats"], capture_output=True, text=True).stdout
            log(f"stats (no sample data unless --seed): {stats.strip()[:200]}")
        finally:
            server.terminate()
            try:
                out, _ = server.communicate(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                out, _ = server.communicate()
            log("server log tail:\n" + "\n".join(out.splitlines()[-5:]))
        log(f"done in {time.time() - started:.0f} s: {'OK' if ok else 'FAILED'}")
        return 0 if ok else 1
    finally:
        for s in stages.values():
            mounts(s.root, False)
        if not args.keep:
            for s in stages.values():
                shutil.rmtree(s.root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
