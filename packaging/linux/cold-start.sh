#!/usr/bin/env bash
# packaging/linux/cold-start.sh [N]: the installed DeskCRM's start to its first window, N times (default 10), on an
# empty database: from starting /usr/bin/deskcrm to its main window mapped on the X server (xwininfo). Each run is
# a new process with settings of its own (no first-run questions, no second-start hand-over); the first run warms
# the file system cache and is not counted. Prints each run and the median in ms.
#   DESKCRM=/path/to/deskcrm DESKCRM_CLI=/path/to/deskcrm-cli packaging/linux/cold-start.sh 20   # another build
# Needs Xvfb when no DISPLAY is set, and xwininfo (x11-utils).
set -euo pipefail
runs=${1:-10}
program=${DESKCRM:-/usr/bin/deskcrm}
cli=${DESKCRM_CLI:-/usr/bin/deskcrm-cli}

work=$(mktemp -d)
xvfb=""
trap 'rm -rf "$work"; [ -z "$xvfb" ] || kill "$xvfb"' EXIT
if [ -z "${DISPLAY:-}" ]; then
  # An X server of its own; -displayfd picks a free display (two xvfb-run -a started at once can pick the same one).
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp -noreset 3>"$work/display" 2>/dev/null &
  xvfb=$!
  until [ -s "$work/display" ]; do sleep 0.05; done
  export DISPLAY=":$(cat "$work/display")"
fi
"$cli" --database "$work/empty.sqlite" init >/dev/null

now_ns() { date +%s%N; }

# The id of a viewable top-level window whose title ends with "DeskCRM", or nothing.
deskcrm_window() {
  local id
  for id in $(xwininfo -root -children 2>/dev/null | sed -n 's/^ *\(0x[0-9a-f]*\) ".* DeskCRM".*/\1/p'); do
    if xwininfo -id "$id" 2>/dev/null | grep -q "Map State: IsViewable"; then
      echo "$id"
      return
    fi
  done
}

times=()
for ((i = 0; i <= runs; i++)); do
  export XDG_CONFIG_HOME="$work/config-$i" XDG_DATA_HOME="$work/data-$i"
  start=$(now_ns)
  "$program" --database "$work/empty.sqlite" >"$work/run-$i.log" 2>&1 &
  pid=$!
  deadline=$((start + 30000000000))
  until [ -n "$(deskcrm_window)" ]; do
    if [ "$(now_ns)" -gt "$deadline" ] || ! kill -0 "$pid" 2>/dev/null; then
      echo "run $i: no window within 30 s" >&2
      cat "$work/run-$i.log" >&2
      kill "$pid" 2>/dev/null || true
      exit 1
    fi
    sleep 0.01 # polling must not take the CPU the start needs
  done
  end=$(now_ns)
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  ms=$(((end - start) / 1000000))
  if [ "$i" -eq 0 ]; then
    echo "warm-up: $ms ms"
    continue
  fi
  echo "run $i: $ms ms"
  times+=("$ms")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)}')
echo "cold start to first window: median $median ms over $runs runs ($program)"
