/// The two files `serve` adds under its reserved path: the live-reload script and the
/// stylesheet of the problems overlay. Pages link them (see `ServedPage`); a built site
/// never has them. Both are files rather than inline code because the pages'
/// Content-Security-Policy allows scripts and styles from the site only.
enum LiveAssets {
    /// Request paths under this prefix belong to `serve`, never to the site (site paths
    /// never start with `_`: file names come from slugs).
    static let prefix = "_journeymap/"
    static let scriptPath = prefix + "live.js"
    static let stylesheetPath = prefix + "live.css"
    static let socketPath = prefix + "live"

    /// Connects to `/_journeymap/live` and reloads the page when a message names it (or
    /// every page), after saving the scroll position in `sessionStorage`; restores it on
    /// load. Reconnects after the server went away; a page older than the server's
    /// version, or from another run of the server, reloads when it connects.
    static let script = #"""
        /* journeymap serve: live reload. Served by `journeymap serve` only, never built into a site. */
        (function () {
          "use strict";
          var me = document.currentScript;
          var built = Number(me && me.getAttribute("data-version")) || 0;
          var server = (me && me.getAttribute("data-server")) || "";
          var key = "journeymap-scroll:" + location.pathname;

          function restoreScroll() {
            var saved = null;
            try { saved = sessionStorage.getItem(key); sessionStorage.removeItem(key); } catch (e) { return; }
            if (saved === null) return;
            var xy = saved.split(",");
            window.scrollTo(Number(xy[0]) || 0, Number(xy[1]) || 0);
          }
          if (document.readyState === "complete") restoreScroll();
          else window.addEventListener("load", restoreScroll);

          var overlay = document.getElementById("journeymap-problems");
          if (overlay) {
            var hide = overlay.querySelector("button");
            if (hide) hide.addEventListener("click", function () { overlay.hidden = true; });
          }

          function here() {
            var path = location.pathname;
            try { path = decodeURIComponent(path); } catch (e) {}
            path = path.replace(/^\/+/, "");
            if (path === "" || path.charAt(path.length - 1) === "/") path += "index.html";
            return path;
          }

          function reload() {
            try { sessionStorage.setItem(key, window.scrollX + "," + window.scrollY); } catch (e) {}
            location.reload();
          }

          var wait = 250;
          function connect() {
            var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/_journeymap/live");
            socket.addEventListener("open", function () { wait = 250; });
            socket.addEventListener("message", function (event) {
              var m;
              try { m = JSON.parse(event.data); } catch (e) { return; }
              if (m.server !== server) { reload(); return; }
              if (typeof m.version !== "number" || m.version <= built) return;
              if (!("paths" in m) || m.paths === null || m.paths.indexOf(here()) >= 0) { reload(); return; }
              built = m.version;
            });
            socket.addEventListener("close", function () {
              setTimeout(connect, wait);
              wait = Math.min(wait * 2, 4000);
            });
          }
          connect();
        })();

        """#

    /// The overlay: a panel over the bottom of the page, readable in both colour schemes.
    static let stylesheet = #"""
        /* journeymap serve: the problems overlay. Served by `journeymap serve` only. */
        .journeymap-problems {
          position: fixed; left: 1rem; right: 1rem; bottom: 1rem; z-index: 2147483647;
          max-height: 60vh; overflow: auto; padding: 1rem 1.25rem;
          background: #fff7f7; color: #1a1a1a; border: 3px solid #b3261e; border-radius: 8px;
          box-shadow: 0 8px 32px rgba(0, 0, 0, 0.35); font: 16px/1.45 system-ui, sans-serif;
        }
        .journeymap-problems[hidden] { display: none; }
        .journeymap-problems-title { margin: 0 0 0.5rem; font-weight: 700; font-size: 1.15rem; color: #8c1d18; }
        .journeymap-problems ol { margin: 0; padding-left: 1.5rem; }
        .journeymap-problems li { margin: 0.5rem 0; }
        .journeymap-problems pre {
          margin: 0; white-space: pre-wrap; overflow-wrap: anywhere;
          font: 15px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        }
        .journeymap-problems-fix { margin: 0.25rem 0 0; }
        .journeymap-problems button { float: right; font: inherit; padding: 0.2rem 0.8rem; }
        @media (prefers-color-scheme: dark) {
          .journeymap-problems { background: #2a1414; color: #f3f3f3; border-color: #f2b8b5; }
          .journeymap-problems-title { color: #f2b8b5; }
        }

        """#
}
