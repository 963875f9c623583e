#!/usr/bin/env bash
# The app-image's class-data archive (AppCDS, docs/adr/0603-startup-class-data-archive.md): the JVM
# maps the app's classes, already parsed and verified, instead of reading them from the jars.
#
#   packaging/linux/class-data.sh train APP_DIR   runs the app-image once as a command and once as the
#       window (up to the sample project on screen, then its search and codebook tabs), and keeps the
#       classes both loaded in APP_DIR/lib/app/quotestance.classlist. The window run needs a display:
#       a private Xvfb when Xvfb is installed, else $DISPLAY; with neither it trains on the command only
#       and says so.
#   packaging/linux/class-data.sh dump APP_DIR    writes APP_DIR/lib/app/quotestance.jsa from that list.
#
# The archive names the jars by their absolute paths and the JVM (17) ignores it anywhere else, so it
# is made where the app is run: here for target/dist, by the .deb's postinst in /opt/quotestance,
# and by the app itself after a tar.gz was unpacked (app.ClassDataArchive). The -Ppackage build runs
# both steps on Linux; the launcher's -XX:SharedArchiveFile comes from linux/app-image.txt.
set -euo pipefail

usage() { echo "usage: class-data.sh train|dump APP_DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
step=$1
app=$(cd "$2" && pwd)
launcher=$app/bin/QuoteStance
list=$app/lib/app/quotestance.classlist
archive=$app/lib/app/quotestance.jsa
[ -x "$launcher" ] || { echo "class-data.sh: no launcher at $launcher" >&2; exit 2; }

tmp=$(mktemp -d)
xvfb=""
cleanup() {
  if [ -n "$xvfb" ]; then kill "$xvfb" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
mkdir -p "$tmp/home"
# Fresh XDG folders (a first run: the sample project is installed and indexed, as a new user sees it),
# no Java on the PATH. _JAVA_OPTIONS, unlike JAVA_TOOL_OPTIONS, is read after the launcher's own
# options, so it wins over the -XX:SharedArchiveFile in the launcher's .cfg.
isolated() {
  env -i PATH=/usr/bin:/bin HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share" \
    XDG_STATE_HOME="$tmp/home/.local/state" LANG=C.UTF-8 "$@"
}

train() {
  # A story written for this run: a quote, a cue and a speaker, so detection's classes load too.
  cat > "$tmp/story.txt" <<'STORY'
Ferry crews back new timetable

PORT HALLA, 9 June 2031 — The island ferry service will add two late sailings from July.

"Night workers have waited long enough for a boat home," said Ines Marrow, who chairs the crews' council.
STORY
  isolated _JAVA_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$tmp/cli.classlist" \
    "$launcher" annotate --format json "$tmp/story.txt" >"$tmp/cli.out" 2>&1 \
    || { echo "class-data.sh: the command-line training run failed:" >&2; tail -5 "$tmp/cli.out" >&2; exit 1; }

  display=""
  if command -v Xvfb >/dev/null; then
    # the first free number whose Xvfb starts and stays ours (the lock file names the server that won)
    for n in $(seq 100 140); do
      [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
      Xvfb ":$n" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
      xvfb=$!
      for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$n" ] || ! kill -0 "$xvfb" 2>/dev/null && break; sleep 0.1; done
      if kill -0 "$xvfb" 2>/dev/null && [ "$(tr -d ' \n' < "/tmp/.X$n-lock" 2>/dev/null)" = "$xvfb" ]; then display=":$n"; break; fi
      kill "$xvfb" 2>/dev/null || true
      xvfb=""
    done
  fi
  if [ -z "$display" ] && [ -n "${DISPLAY:-}" ]; then display=$DISPLAY; fi
  if [ -n "$display" ]; then
    # The app quits by itself once the start-up project is on screen and the panes it builds on first
    # use (search, codebook) have been shown once (ui.StartupMilestones, "tabs").
    if isolated DISPLAY="$display" _JAVA_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$tmp/window.classlist -Dquotestance.startup.exitAfter=tabs" \
        timeout 300 "$launcher" >"$tmp/window.out" 2>&1 && grep -q 'org/quotestance/ui/search/SearchView' "$tmp/window.classlist"; then
      echo "class-data.sh: trained on the command line and the window (display $display)"
    else
      echo "class-data.sh: the window's training run failed (display $display); the archive covers the command line only:" >&2
      tail -5 "$tmp/window.out" >&2
      rm -f "$tmp/window.classlist"
    fi
  else
    echo "class-data.sh: no display (install Xvfb); the archive covers the command line only" >&2
  fi

  # One list from both runs. The ids only matter to classes of custom class loaders, which the app
  # does not have (those lines name a "source:"); without them the two lists merge without clashes.
  lists=("$tmp/cli.classlist")
  if [ -f "$tmp/window.classlist" ]; then lists+=("$tmp/window.classlist"); fi
  cat "${lists[@]}" | grep -v '^#' | grep -v ' source: ' | sed 's/ id: [0-9]*$//' | awk '!seen[$0]++' >"$list.tmp"
  mv "$list.tmp" "$list"
  echo "class-data.sh: $(grep -vc '^@' "$list") classes in $list"
}

dump() {
  [ -f "$list" ] || { echo "class-data.sh: no class list at $list (run the train step first)" >&2; exit 1; }
  rm -f "$archive" "$archive.tmp"
  isolated _JAVA_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$list -XX:SharedArchiveFile=$archive.tmp" \
    "$launcher" >"$tmp/dump.out" 2>&1 || { echo "class-data.sh: the dump failed:" >&2; tail -5 "$tmp/dump.out" >&2; exit 1; }
  mv "$archive.tmp" "$archive"
  # The proof that the JVM takes it: with -Xshare:on a rejected archive is an error, not a fallback.
  if ! out=$(isolated _JAVA_OPTIONS="-Xshare:on" "$launcher" --version 2>"$tmp/check.err"); then
    echo "class-data.sh: the JVM rejects $archive: $(grep -v '_JAVA_OPTIONS' "$tmp/check.err" | head -3)" >&2
    rm -f "$archive"
    exit 1
  fi
  echo "class-data.sh: $archive ($(du -h "$archive" | cut -f1)); $out starts with it"
}

case "$step" in
  train) train ;;
  dump) dump ;;
  *) usage ;;
esac
