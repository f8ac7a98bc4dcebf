#!/usr/bin/env python3
"""Triage many sync logs on a Dask cluster with synctriage.

Each file is one task: the worker runs the synctriage CLI on it and returns its mergeable state
(`--format state`, a few MiB at most with the default caps). One `synctriage merge` on the client
then reduces the states, in the order the files were given (or in time order when their spans do
not overlap), to the summary one run over every file gives, and prints it.

    python3 examples/dask/triage.py --workers 2 logs/*.log.gz        # a local cluster
    python3 examples/dask/triage.py --scheduler tcp://10.0.0.5:8786 /shared/logs/*.log.gz

Every worker must see the files at the same paths (a shared volume, or copies) and must be able to
run the CLI (`--cli`, default: this checkout's bin/synctriage.js under node). The exit code is the
merge's: 0, 1 when findings match --fail-on, 2 on a usage or input error.
"""
import argparse
import os
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CLI = f"node {shlex.quote(os.path.join(HERE, '..', '..', 'bin', 'synctriage.js'))}"


def state_of(path, cli):
    """One file's state (bytes), from the CLI on this worker; one thread per task: Dask parallelises."""
    done = subprocess.run([*shlex.split(cli), '--format', 'state', '--jobs', '1', '--fail-on', 'none', '--no-progress', path], capture_output=True)
    if done.returncode != 0:
        raise RuntimeError(f"{path}: {done.stderr.decode('utf-8', 'replace').strip() or f'exit {done.returncode}'}")
    return done.stdout


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('files', nargs='+', metavar='FILE', help='sync logs (plain or gzip), read on the workers')
    where = ap.add_mutually_exclusive_group()
    where.add_argument('--workers', type=int, default=2, help='start a local cluster of this many worker processes (default 2)')
    where.add_argument('--scheduler', metavar='ADDRESS', help='join a running cluster (tcp://host:8786) instead')
    ap.add_argument('--cli', default=DEFAULT_CLI, help='command that runs synctriage on a worker (default: %(default)s)')
    ap.add_argument('--format', default='json', help='output format of the merge (default json)')
    ap.add_argument('--fail-on', default='actionable', help="merge's --fail-on (default actionable)")
    args = ap.parse_args(argv)

    from dask.distributed import Client, LocalCluster

    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        # Workers as threads of this process: each task waits on its own CLI process, so no GIL is held.
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=False, dashboard_address=None)
        client = Client(cluster)
    try:
        paths = [os.path.abspath(f) for f in args.files]
        futures = client.map(state_of, paths, cli=args.cli, pure=False)
        states = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    with tempfile.TemporaryDirectory(prefix='synctriage-dask-') as tmp:
        names = []
        for i, state in enumerate(states):
            name = os.path.join(tmp, f'{i:06d}.state')
            with open(name, 'wb') as out:
                out.write(state)
            names.append(name)
        merged = subprocess.run([*shlex.split(args.cli), 'merge', '--format', args.format, '--fail-on', args.fail_on, *names])
    return merged.returncode


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
