#!/usr/bin/env bash
# Start-up time of the window, RUNS times (default 5) under a private Xvfb, each run as a new user
# (fresh XDG folders: the sample project is installed on the way; Java ignores $HOME, so XDG_* do the
# isolating; it also means a QuoteStance the user has open never takes the launch over: each run is a
# real first start, single-instance channel included, docs/adr/0605). Prints each run, the medians,
# and the load average before and after.
#
#   packaging/measure-start.sh [RUNS] [app-image|jar|LAUNCHER]
#     app-image (default)  target/dist/QuoteStance/bin/QuoteStance (./mvnw -Ppackage package)
#     jar                  java -jar target/quotestance.jar (the java on the PATH)
#   DROP_CACHES=1 packaging/measure-start.sh ...   also empties the page cache before each run (root)
#
# Per run, three moments, all counted from the launch:
#   window   a visible (mapped) window named QuoteStance exists (xdotool, polled every 10 ms)
#   frame    the first pulse after Stage.show() has laid out the whole desk: the first complete
#            picture goes to the renderer (ui.StartupMilestones prints the moment; the app's own
#            figures count from the JVM's start, these from the launch, a few ms earlier)
#   project  the start-up project is on screen (here: the sample, installed and indexed first)
# and the CPU time the process had used at frame and at project (all threads: JIT, GC, workers);
# unlike wall time it hardly depends on what else runs on the machine.
# Needs Xvfb and xdotool (Debian: apt-get install xvfb xdotool libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
what=${2:-app-image}
case "$what" in
  app-image) cmd=(target/dist/QuoteStance/bin/QuoteStance) ;;
  jar) cmd=("$(command -v java)" -jar target/quotestance.jar) ;;
  *) cmd=("$what") ;;
esac
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "measure-start.sh: $tool is missing (apt-get install xvfb xdotool)" >&2; exit 2; }
done
[ -x "${cmd[0]}" ] && [ -e "${cmd[${#cmd[@]}-1]}" ] \
  || { echo "measure-start.sh: nothing to start at ${cmd[*]} (./mvnw -Ppackage package)" >&2; exit 2; }

# A display of our own: the first free number whose Xvfb starts and stays ours (another script
# may pick the same number at the same moment; the lock file names the server that won).
display=""
xvfb=""
for n in $(seq 150 190); do
  [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
  Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$n" ] || ! kill -0 $xvfb 2>/dev/null && break; sleep 0.1; done
  if kill -0 $xvfb 2>/dev/null && [ "$(tr -d ' \n' < "/tmp/.X$n-lock" 2>/dev/null)" = "$xvfb" ]; then display=":$n"; break; fi
  kill $xvfb 2>/dev/null || true
  xvfb=""
done
[ -n "$display" ] || { echo "measure-start.sh: could not start Xvfb on a free display" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$tmp"' EXIT
export DISPLAY=$display
for _ in $(seq 1 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
# "startup frame 812 ms cpu 905 ms at 1795741234567": group 2 is the CPU, group 3 the epoch milliseconds
field() { sed -n "s/^startup $1 \([0-9]*\) ms cpu \([0-9]*\) ms at \([0-9]*\)$/\\$2/p" "$3" | head -1; }

echo "measure-start.sh: ${cmd[*]}, $runs runs, $(nproc) CPUs; before: $(uptime | sed 's/.*load/load/')"
windows=(); frames=(); frame_cpus=(); projects=(); project_cpus=()
for run in $(seq 1 "$runs"); do
  home="$tmp/home$run"
  mkdir -p "$home"
  if [ "${DROP_CACHES:-0}" = 1 ]; then sync; echo 3 > /proc/sys/vm/drop_caches; fi
  out="$tmp/out$run"
  start=$(date +%s%N)
  env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_STATE_HOME="$home/.local/state" DISPLAY="$display" LANG=C.UTF-8 \
    JAVA_TOOL_OPTIONS="-Dquotestance.startup.report=true -Dquotestance.startup.exitAfter=project" \
    "${cmd[@]}" >"$out" 2>&1 &
  pid=$!
  window=""
  for _ in $(seq 1 6000); do
    if [ -z "$window" ] && xdotool search --onlyvisible --name QuoteStance >/dev/null 2>&1; then
      window=$(( ($(date +%s%N) - start) / 1000000 ))
    fi
    kill -0 $pid 2>/dev/null || break
    [ -n "$window" ] && grep -q '^startup project' "$out" && break
    sleep 0.01
  done
  wait $pid 2>/dev/null || true
  frame_at=$(field frame 3 "$out"); frame_cpu=$(field frame 2 "$out")
  project_at=$(field project 3 "$out"); project_cpu=$(field project 2 "$out")
  if [ -z "$window" ] || [ -z "$frame_at" ] || [ -z "$project_at" ]; then
    echo "run $run: no window or no project (output: $(grep -v '^Picked up' "$out" | head -c 400))" >&2; exit 1
  fi
  frame=$(( frame_at - start / 1000000 )); project=$(( project_at - start / 1000000 ))
  echo "run $run: window $window ms, frame $frame ms (CPU $frame_cpu ms), project $project ms (CPU $project_cpu ms)"
  windows+=("$window"); frames+=("$frame"); frame_cpus+=("$frame_cpu"); projects+=("$project"); project_cpus+=("$project_cpu")
done
echo "median of $runs: window $(printf '%s\n' "${windows[@]}" | median) ms, frame $(printf '%s\n' "${frames[@]}" | median) ms" \
  "(CPU $(printf '%s\n' "${frame_cpus[@]}" | median) ms), project $(printf '%s\n' "${projects[@]}" | median) ms" \
  "(CPU $(printf '%s\n' "${project_cpus[@]}" | median) ms)"
echo "after: $(uptime | sed 's/.*load/load/')"
