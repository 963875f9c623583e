#!/usr/bin/env bash
# Cold start of the app-image: milliseconds from launch until the window named QuoteStance exists,
# under a private Xvfb, RUNS times (default 5), with fresh XDG folders each time (first run: the sample
# project is installed, as a new user would see it; Java ignores $HOME, so XDG_* do the isolating). Prints each run and the median.
#
#   packaging/measure-start.sh [RUNS] [LAUNCHER]
# Needs Xvfb and xdotool (Debian: apt-get install xvfb xdotool libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
launcher=${2:-target/dist/QuoteStance/bin/QuoteStance}
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "measure-start.sh: $tool is missing (apt-get install xvfb xdotool)" >&2; exit 2; }
done
[ -x "$launcher" ] || { echo "measure-start.sh: no launcher at $launcher (./mvnw -Ppackage package)" >&2; exit 2; }

display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
tmp=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$tmp"' EXIT
export DISPLAY=$display
for _ in $(seq 1 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

times=()
for run in $(seq 1 "$runs"); do
  home="$tmp/home$run"
  mkdir -p "$home"
  start=$(date +%s%N)
  env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_STATE_HOME="$home/.local/state" DISPLAY="$display" LANG=C.UTF-8 "$launcher" >"$tmp/out$run" 2>&1 &
  pid=$!
  ms=""
  for _ in $(seq 1 3000); do
    if xdotool search --name QuoteStance >/dev/null 2>&1; then
      ms=$(( ($(date +%s%N) - start) / 1000000 ))
      break
    fi
    kill -0 $pid 2>/dev/null || break
    sleep 0.01
  done
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  if [ -z "$ms" ]; then echo "run $run: no window (output: $(head -c 300 "$tmp/out$run"))" >&2; exit 1; fi
  echo "run $run: $ms ms"
  times+=("$ms")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}')
echo "median of $runs: $median ms"
