#!/usr/bin/env bash
# The group's grading, one step at a time: .github/workflows/grade.yml runs exactly these steps,
# and so can anyone, locally, to see what CI will do.
#
#   .github/mlkata-grade.sh install                    install (or update to) the pinned mlkata in .mlkata-tool/
#   .github/mlkata-grade.sh grade <i/n> <seed> <out> [mlkata grade options]
#                                                      grade shard i of n of members/ into <out>/
#   .github/mlkata-grade.sh merge <out> <shard dirs…>  join the shards' reports into <out>/, and add the
#                                                      run to the group's history (the scoreboard's chart)
#
# Exit codes follow mlkata's, save that only 3 (grading itself broke) fails a step: a kata that
# does not pass yet (1), or a group with nothing to grade yet (2), is a row or a note, not a red build.
set -euo pipefail

# The mlkata this group grades with: its version, and the NuGet feed it comes from
# (`dotnet new mlkata-group --tool-version … --tool-feed …` set them; change them here).
MLKATA_VERSION="MLKATA_TOOL_VERSION"
MLKATA_FEED="MLKATA_TOOL_FEED"

tool_path=".mlkata-tool"
# One line per graded run; the workflow keeps it from run to run in the Actions cache.
history=".mlkata-history/history.jsonl"
mlkata="$tool_path/mlkata"

# Runs mlkata; fails (exit 3) only when mlkata says grading itself broke.
run_mlkata() {
  local code=0
  "$mlkata" "$@" || code=$?
  if [ "$code" -eq 3 ]; then
    echo "::error::mlkata $1 failed (exit code 3): see the log above"
    exit 3
  fi
}

# The run's seed, the same for every shard; mlkata takes a 32-bit one.
int_seed() {
  echo $(( $1 % 2147483647 ))
}

command="${1:-}"
case "$command" in
  install)
    # update installs it when missing, and moves it to the pinned version when another is there.
    dotnet tool update --tool-path "$tool_path" MlKata.Cli --version "$MLKATA_VERSION" --add-source "$MLKATA_FEED"
    ;;
  grade)
    [ $# -ge 4 ] || { echo "usage: $0 grade <i/n> <seed> <out> [mlkata grade options]" >&2; exit 2; }
    shard="$2" seed="$(int_seed "$3")" out="$4"
    shift 4
    run_mlkata grade members --shard "$shard" --seed "$seed" --out "$out" --jobs 2 "$@"
    ;;
  merge)
    [ $# -ge 2 ] || { echo "usage: $0 merge <out> <shard dirs…>" >&2; exit 2; }
    out="$2"
    shift 2
    # A shard that had nothing to grade (a new group) wrote no reports: merge those that did.
    shards=()
    for dir in "$@"; do
      if [ -f "$dir/results.json" ]; then shards+=("$dir"); fi
    done
    if [ "${#shards[@]}" -eq 0 ]; then
      echo "Nothing was graded: no member has a kata folder yet." | tee -a "${GITHUB_STEP_SUMMARY:-/dev/null}"
      exit 0
    fi
    run_mlkata merge "${shards[@]}" --out "$out" --history "$history"
    if [ -n "${GITHUB_STEP_SUMMARY:-}" ] && [ -f "$out/summary.md" ]; then
      cat "$out/summary.md" >> "$GITHUB_STEP_SUMMARY"
    fi
    ;;
  *)
    echo "usage: $0 install | grade <i/n> <seed> <out> [options] | merge <out> <shard dirs…>" >&2
    exit 2
    ;;
esac
