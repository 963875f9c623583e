#!/usr/bin/env bash
# Proves the jpackage app-image works on its own: its launcher prints the version and exits 0, and it
# runs a command on a sample article without a display and without any Java on the PATH.
#
#   packaging/verify-app-image.sh              builds with ./mvnw -Ppackage package, then checks
#   packaging/verify-app-image.sh --no-build   checks target/dist as it is (the -Ppackage build calls this)
#   packaging/verify-app-image.sh --check-modules   also compares the runtime's modules with jdeps (slow)
#
# Exit 0 when every check passed; prints one line per check, and "N passed, 0 failed" at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

build=true
check_modules=false
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    --check-modules) check_modules=true ;;
    *) echo "verify-app-image.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

if $build; then
  ./mvnw -B -q -Ppackage package -DskipTests
fi

version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
case "$(uname -s)" in
  Darwin) app=target/dist/QuoteStance.app; launcher=$app/Contents/MacOS/QuoteStance; runtime=$app/Contents/runtime/Contents/Home ;;
  *) app=target/dist/QuoteStance; launcher=$app/bin/QuoteStance; runtime=$app/lib/runtime ;;
esac

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1" >&2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# No Java on the PATH, no JAVA_HOME, no display, fresh XDG folders: what a new user's machine has
# (Java takes user.home from the password database, not $HOME, so the XDG variables do the isolating).
isolated() {
  env -i PATH=/usr/bin:/bin HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share" \
    XDG_STATE_HOME="$tmp/home/.local/state" LANG=C.UTF-8 "$@"
}
mkdir -p "$tmp/home"

if [ -x "$launcher" ]; then pass "launcher exists: $launcher"; else fail "no launcher at $launcher (build with ./mvnw -Ppackage package)"; echo "$passed passed, $failed failed"; exit 1; fi

if out=$(isolated "$launcher" --version 2>"$tmp/err"); then
  if [ "$out" = "QuoteStance $version" ]; then pass "--version prints 'QuoteStance $version'"; else fail "--version printed '$out', expected 'QuoteStance $version'"; fi
else
  fail "--version exited $? ($(head -3 "$tmp/err"))"
fi

if [ -f target/quotestance.jar ] && command -v java >/dev/null; then
  out=$(java -jar target/quotestance.jar --version 2>/dev/null || true)
  if [ "$out" = "QuoteStance $version" ]; then pass "the shaded jar prints the same version"; else fail "java -jar target/quotestance.jar --version printed '$out'"; fi
fi

if [ -x "$runtime/bin/java" ]; then fail "the runtime still has bin/java (--strip-native-commands missing)"; else pass "trimmed runtime: $(sed -n 's/^MODULES="\(.*\)"/\1/p' "$runtime/release" | wc -w) modules, no JDK tools"; fi
if grep -q 'jdk.compiler\|javafx' "$runtime/release"; then fail "the runtime has modules it should not: $(cat "$runtime/release")"; else pass "no compiler or JavaFX modules in the runtime (JavaFX is on the class path)"; fi

if [ "$(uname -s)" = Linux ]; then
  # docs/adr/0603: the class list ships; the archive is made where the app runs (here by the build)
  if [ -s "$app/lib/app/quotestance.classlist" ]; then
    if grep -q '^org/quotestance/ui/DeskWindow$' "$app/lib/app/quotestance.classlist" \
        && grep -q '^org/quotestance/ui/search/SearchView$' "$app/lib/app/quotestance.classlist" \
        && grep -q '^org/quotestance/ui/codebook/CodebookView$' "$app/lib/app/quotestance.classlist"; then
      pass "the class list covers the command line, the window and its search and codebook tabs ($(grep -vc '^@' "$app/lib/app/quotestance.classlist") classes)"
    else
      pass "the class list covers the command line only (the build had no display for the window's run)"
    fi
  else
    fail "no class list at $app/lib/app/quotestance.classlist (packaging/linux/class-data.sh train)"
  fi
  if [ -f "$app/lib/app/quotestance.jsa" ]; then
    # -Xshare:on turns a rejected archive into an error instead of a silent slow start
    if out=$(isolated _JAVA_OPTIONS=-Xshare:on "$launcher" --version 2>"$tmp/err"); then
      pass "the JVM maps the class-data archive ($(du -h "$app/lib/app/quotestance.jsa" | cut -f1))"
    else
      fail "the JVM rejects $app/lib/app/quotestance.jsa: $(grep -v _JAVA_OPTIONS "$tmp/err" | head -2)"
    fi
  else
    fail "no class-data archive at $app/lib/app/quotestance.jsa (packaging/linux/class-data.sh dump)"
  fi
  if [ -f "$app/lib/app/libglass.so" ]; then pass "JavaFX's native libraries sit beside its jars"; else fail "no libglass.so in $app/lib/app"; fi
fi

# A synthetic story written for this check: a direct quote with a said-cue and a named speaker.
cat > "$tmp/harbour-strike.txt" <<'STORY'
Eastport dock workers walk out over pay

EASTPORT, 3 March 2031 — Crane operators at the Eastport container terminal stopped work on Tuesday.

"We will not unload a single crate until the contract is signed," said Mira Oduya, a union steward at the terminal.

The port authority called the strike regrettable and said talks would resume on Friday.
STORY

if isolated "$launcher" --help 2>&1 | grep -q '^  annotate'; then
  if out=$(isolated "$launcher" annotate --format json "$tmp/harbour-strike.txt" 2>"$tmp/err"); then
    if grep -q 'We will not unload a single crate' <<<"$out"; then pass "annotate finds the quote in a sample article"; else fail "annotate printed no quote: $(head -c 300 <<<"$out")"; fi
  else
    fail "annotate exited with an error: $(head -3 "$tmp/err")"
  fi
else
  # Until the annotate command lands: the command line itself must answer.
  if isolated "$launcher" --help >/dev/null 2>&1; then pass "--help runs (this build has no annotate command)"; else fail "--help failed"; fi
fi

if isolated "$launcher" no-such-command >/dev/null 2>"$tmp/err"; then
  fail "an unknown command exited 0"
else
  code=$?
  if [ $code -eq 2 ]; then pass "an unknown command exits 2 with a message on stderr"; else fail "an unknown command exited $code, expected 2"; fi
fi

if $check_modules; then
  jars=$(ls "$app"/lib/app/*.jar | tr '\n' ':')
  needed=$(jdeps --ignore-missing-deps --print-module-deps --multi-release 17 -q --class-path "$jars" "$app"/lib/app/*.jar)
  have=$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$runtime/release")
  missing=""
  for m in ${needed//,/ }; do grep -qw "$m" <<<"$have" || missing="$missing $m"; done
  if [ -z "$missing" ]; then pass "the runtime has every module jdeps asks for ($needed)"; else fail "modules missing from jpackage.modules in pom.xml:$missing"; fi
fi

deb=$(ls target/dist/quotestance_*.deb 2>/dev/null | head -1 || true)
if [ -n "$deb" ]; then
  contents=$(dpkg-deb -c "$deb")
  for f in ./opt/quotestance/bin/QuoteStance ./opt/quotestance/lib/app/desktop/quotestance-mime.xml ./opt/quotestance/lib/quotestance-QuoteStance.desktop ./opt/quotestance/lib/app/quotestance.classlist; do
    if grep -q " $f\$" <<<"$contents"; then pass "the .deb holds $f"; else fail "the .deb lacks $f"; fi
  done
  # an archive made here would name target/dist's paths: useless in /opt, so postinst makes it there
  if grep -q 'quotestance\.jsa$' <<<"$contents"; then fail "the .deb holds a class-data archive made at build time"; else pass "the .deb leaves the class-data archive to postinst"; fi
  echo "     $(basename "$deb"): $(du -h "$deb" | cut -f1)"
fi
tarball=$(ls target/dist/QuoteStance-*-linux-x64.tar.gz 2>/dev/null | head -1 || true)
if [ -n "$tarball" ]; then
  if tar tzf "$tarball" | grep -q 'quotestance\.jsa$'; then fail "$(basename "$tarball") holds a class-data archive made at build time"; else pass "$(basename "$tarball") leaves the class-data archive to the first start"; fi
fi
echo "     app-image: $(du -sh "$app" | cut -f1) (class-data archive $(du -h "$app/lib/app/quotestance.jsa" 2>/dev/null | cut -f1 || echo none))"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
