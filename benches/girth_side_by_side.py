"""nln and girth (PyPI) side by side: the same simulated files, timed in both, and the two
tools' estimates compared with each other and with the truth.

    python3 girth_side_by_side.py NLN_BINARY REPO_DIR WORK_DIR [--small] [--issue-sparse]
                                  [--cases dense,sparse,eap]

Run by benches/girth.sh, which builds the release `nln` and installs girth in a throwaway
virtualenv. Three cases, each where girth has the same estimator:

- dense 2PL calibration, 10,000 persons x 200 items (the criterion benchmark's dense case):
  `nln calibrate --model 2pl` against girth's `twopl_mml`;
- sparse 2PL calibration, 10,000 persons x 200 items, 20 answered by each: the same two, girth
  reading unanswered items as missing. girth integrates every person for every item, answered
  or not, so its time grows with persons x items: on the criterion benchmark's sparse case
  (50,000 x 1,000, `--issue-sparse`) one girth run would take over an hour, scaled from smaller runs;
- EAP scoring of 1,000,000 response patterns to 30 right/wrong items of the default bank (3PL
  with the bank's guessing floors, spread over its range of difficulty): `nln score --method eap` against girth's `ability_3pl_eap`.

Both tools use the same model and the same quadrature (61 nodes on [-6, 6], N(0, 1) latent:
nln's defaults; girth is given them), so their estimates should agree closely; the table says
how closely (correlation and root mean square difference), beside each tool's distance from
the true parameters. `--small` shrinks every case (1,000 x 50; 2,000 x 100, 20 each; 10,000
patterns) to check the script end to end; its timings mean nothing.
`--cases dense,eap` runs only the cases named (all three by default).

Times are wall-clock medians of three runs (one or two when a tool's runs of a case have taken
two minutes). nln's include starting the process, reading the
CSV file and writing its output; girth's are the estimation call alone, on data already in
memory as a NumPy array.
"""

import json
import os
import re
import subprocess
import sys
import time
from importlib.metadata import version

import numpy as np

GRID = {"quadrature_bounds": (-6.0, 6.0), "quadrature_n": 61}
RUNS = 3
# A tool whose runs of a case have taken this long (seconds) is not run again on it.
BUDGET = 120


def sizes(small, issue_sparse):
    if small:
        return {"dense": (1_000, 50), "sparse": (2_000, 100, 20), "eap": (10_000, 30)}
    sparse = (50_000, 1_000, 20) if issue_sparse else (10_000, 200, 20)
    return {"dense": (10_000, 200), "sparse": sparse, "eap": (1_000_000, 30)}


def two_pl_items(rng, n):
    return rng.uniform(0.7, 2.0, n), rng.uniform(-2.0, 2.0, n)


def answers(rng, theta, a, b, c=None):
    """Right/wrong answers of persons `theta` to items (a, b, c): persons x items, int8."""
    p = 1.0 / (1.0 + np.exp(-a[None, :] * (theta[:, None] - b[None, :])))
    if c is not None:
        p = c[None, :] + (1.0 - c[None, :]) * p
    return (rng.random(p.shape) < p).astype(np.int8)


def write_wide(path, names, x):
    """A wide CSV (header of item names, one row of 0/1 per person) written as bytes at once:
    formatting millions of cells one by one would take longer than either tool."""
    rows, cols = x.shape
    cells = np.empty((rows, 2 * cols), dtype=np.uint8)
    cells[:, 0::2] = x + ord("0")
    cells[:, 1::2] = ord(",")
    cells[:, -1] = ord("\n")
    with open(path, "wb") as f:
        f.write((",".join(names) + "\n").encode())
        cells.tofile(f)


def write_long(path, names, persons, items, scores):
    """A long CSV (`id,item,resp`), one line per answer."""
    with open(path, "w") as f:
        f.write("id,item,resp\n")
        f.writelines(f"p{p},{names[i]},{s}\n" for p, i, s in zip(persons, items, scores))


def timed(call):
    """The median wall time of up to RUNS calls (fewer when they have taken BUDGET seconds),
    the number of calls, and the last call's result."""
    times, result = [], None
    while len(times) < RUNS and sum(times) < BUDGET:
        start = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 2], len(times), result


def run_nln(command):
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return done.stdout


def rmse(x, y):
    return float(np.sqrt(np.mean((np.asarray(x) - np.asarray(y)) ** 2)))


def corr(x, y):
    return float(np.corrcoef(x, y)[0, 1])


def nln_parameters(stdout, names):
    by_id = {item["id"]: item["model"] for item in json.loads(stdout)["items"]}
    return (np.array([by_id[n]["a"] for n in names]), np.array([by_id[n]["b"] for n in names]))


def girth_calibration(data):
    import girth

    options = dict(GRID)
    est = girth.twopl_mml(data, options)
    return np.asarray(est["Discrimination"]), np.asarray(est["Difficulty"])


def calibration_case(name, size, nln, path, names, data, a, b):
    """`nln calibrate` on `path` against girth's 2PL MML on `data` (items x persons)."""
    command = [nln, "calibrate", path, "--model", "2pl", "--no-se", "--json"]
    nln_s, nln_runs, stdout = timed(lambda: run_nln(command))
    a_n, b_n = nln_parameters(stdout, names)
    girth_s, girth_runs, (a_g, b_g) = timed(lambda: girth_calibration(data))
    return {
        "case": name,
        "size": size,
        "nln_s": nln_s,
        "girth_s": girth_s,
        "runs": f"{nln_runs} / {girth_runs}",
        "nln_vs_truth": f"a {rmse(a_n, a):.3f}, b {rmse(b_n, b):.3f}",
        "girth_vs_truth": f"a {rmse(a_g, a):.3f}, b {rmse(b_g, b):.3f}",
        "agreement": f"a r {corr(a_n, a_g):.4f} RMSD {rmse(a_n, a_g):.4f}; "
        f"b r {corr(b_n, b_g):.4f} RMSD {rmse(b_n, b_g):.4f}",
    }


def dense(rng, work, nln, persons, n_items):
    a, b = two_pl_items(rng, n_items)
    x = answers(rng, rng.standard_normal(persons), a, b)
    names = [f"i{j:04d}" for j in range(n_items)]
    path = os.path.join(work, "dense.csv")
    write_wide(path, names, x)
    size = f"{persons:,} x {n_items:,}"
    return calibration_case("2PL calibration, dense", size, nln, path, names, x.T.astype(np.int64), a, b)


def sparse(rng, work, nln, persons, n_items, per_person):
    import girth

    a, b = two_pl_items(rng, n_items)
    theta = rng.standard_normal(persons)
    # Each person answers `per_person` items drawn at random without replacement (in blocks of
    # persons, to keep the random keys' memory small).
    chosen = np.concatenate([
        np.argpartition(rng.random((min(5_000, persons - start), n_items)), per_person, axis=1)[:, :per_person]
        for start in range(0, persons, 5_000)
    ])
    p = 1.0 / (1.0 + np.exp(-a[chosen] * (theta[:, None] - b[chosen])))
    scores = (rng.random(p.shape) < p).astype(np.int8)
    names = [f"i{j:04d}" for j in range(n_items)]
    path = os.path.join(work, "sparse.csv")
    rows = np.repeat(np.arange(persons), per_person)
    write_long(path, names, rows, chosen.ravel(), scores.ravel())
    data = np.full((n_items, persons), girth.INVALID_RESPONSE, dtype=np.int64)
    data[chosen.ravel(), rows] = scores.ravel()
    size = f"{persons:,} x {n_items:,}, {per_person} each"
    return calibration_case("2PL calibration, sparse", size, nln, path, names, data, a, b)


def bank_items(repo, count):
    """`count` right/wrong (3PL) items of the default bank spread evenly over its difficulties,
    read from its YAML with a pattern (`irt: { model: 3pl, a: …, b: …, c: … }`, one line each)
    so no YAML package is needed."""
    folder = os.path.join(repo, "assessments", "banks", "default")
    item = re.compile(r"^\s*- id: (\S+)")
    model = re.compile(r"irt: \{ model: 3pl, a: ([-\d.]+), b: ([-\d.]+), c: ([-\d.]+) \}")
    found = []
    for file in sorted(os.listdir(folder)):
        current = None
        for line in open(os.path.join(folder, file), encoding="utf-8"):
            if m := item.match(line):
                current = m.group(1)
            elif (m := model.search(line)) and current:
                found.append((current, *map(float, m.groups())))
                current = None
    if len(found) < count:
        sys.exit(f"the default bank has {len(found)} 3PL items, fewer than {count}")
    found.sort(key=lambda i: (i[2], i[0]))
    return [found[round(k * (len(found) - 1) / (count - 1))] for k in range(count)]


# girth's EAP holds a nodes x items x persons array: 1,000,000 persons need more than 24 GB, so
# it scores blocks of persons (each person's EAP is independent: the same result, and the time
# of the blocks is the whole time).
GIRTH_EAP_BLOCK = 50_000


def girth_eap(data, a, b, c):
    import girth

    return np.concatenate([
        np.asarray(girth.ability_3pl_eap(data[:, start:start + GIRTH_EAP_BLOCK], b, a, c, dict(GRID)))
        for start in range(0, data.shape[1], GIRTH_EAP_BLOCK)
    ])


def eap(rng, work, nln, repo, persons, n_items):
    items = bank_items(repo, n_items)
    names = [i[0] for i in items]
    a, b, c = (np.array([i[k] for i in items]) for k in (1, 2, 3))
    theta = rng.standard_normal(persons)
    x = answers(rng, theta, a, b, c)
    path = os.path.join(work, "eap.csv")
    write_wide(path, names, x)
    command = [nln, "score", path, "--method", "eap", "--csv"]
    nln_s, nln_runs, stdout = timed(lambda: run_nln(command))
    lines = stdout.splitlines()[1:]
    theta_n = np.array([float(line.split(",")[1]) for line in lines])
    girth_s, girth_runs, theta_g = timed(lambda: girth_eap(x.T.copy(), a, b, c))
    return {
        "case": "EAP scoring, default-bank 3PL items",
        "size": f"{persons:,} patterns x {n_items}",
        "nln_s": nln_s,
        "girth_s": girth_s,
        "runs": f"{nln_runs} / {girth_runs}",
        "nln_vs_truth": f"theta {rmse(theta_n, theta):.3f}",
        "girth_vs_truth": f"theta {rmse(theta_g, theta):.3f}",
        "agreement": f"theta r {corr(theta_n, theta_g):.5f} RMSD {rmse(theta_n, theta_g):.5f}, "
        f"max {float(np.max(np.abs(theta_n - theta_g))):.4f}",
    }


def main():
    args, cases, small, issue_sparse = [], ["dense", "sparse", "eap"], False, False
    rest = iter(sys.argv[1:])
    for arg in rest:
        if arg == "--small":
            small = True
        elif arg == "--issue-sparse":
            issue_sparse = True
        elif arg == "--cases":
            cases = next(rest, "").split(",")
        else:
            args.append(arg)
    if len(args) != 3 or not set(cases) <= {"dense", "sparse", "eap"}:
        sys.exit(__doc__)
    nln, repo, work = args
    size = sizes(small, issue_sparse)
    rng = np.random.default_rng(1)
    rows = []
    for name, case in (
        ("dense", lambda: dense(rng, work, nln, *size["dense"])),
        ("sparse", lambda: sparse(rng, work, nln, *size["sparse"])),
        ("eap", lambda: eap(rng, work, nln, repo, *size["eap"])),
    ):
        if name not in cases:
            continue
        print(f"{name} …", file=sys.stderr, flush=True)
        rows.append(case())
    print(
        f"girth {version('girth')}, NumPy {np.__version__}, Python {sys.version.split()[0]}; "
        f"{os.cpu_count()} cores, load average {' '.join(open('/proc/loadavg').read().split()[:3])}; "
        f"medians of up to {RUNS} runs{'; --small: timings are not figures' if small else ''}"
    )
    print()
    print("| case | size | nln (s) | girth (s) | girth / nln | runs nln / girth | nln vs truth (RMSE) "
          "| girth vs truth (RMSE) | nln against girth |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['case']} | {r['size']} | {r['nln_s']:.2f} | {r['girth_s']:.2f} "
            f"| {r['girth_s'] / r['nln_s']:.1f}× | {r['runs']} | {r['nln_vs_truth']} | {r['girth_vs_truth']} "
            f"| {r['agreement']} |"
        )


if __name__ == "__main__":
    main()
