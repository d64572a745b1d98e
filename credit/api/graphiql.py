"""GraphiQL served from the package: the page and its files, so /graphql works offline.

Strawberry's own page (strawberry/static/graphiql.html) loads React and GraphiQL from
unpkg.com, and on a network without internet it stays at "Loading...". This page is that
page with the same files, byte for byte (the integrity hashes are Strawberry's), taken
from our copy in credit/api/static/graphiql (README there: versions and licences).
"""

from __future__ import annotations

from pathlib import Path

from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

STATIC_DIR = Path(__file__).parent / "static" / "graphiql"
PREFIX = "/static/graphiql"

_PAGE = """<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8">
    <title>GraphiQL - 安全生产信用服务</title>
    <style>
      body { height: 100%; margin: 0; width: 100%; overflow: hidden; }
      #graphiql { height: 100vh; display: flex; }
      .graphiql-explorer-actions select { margin-left: 4px; }
    </style>
    <script src="$PREFIX/react.production.min.js"
      integrity="sha384-tMH8h3BGESGckSAVGZ82T9n90ztNXxvdwvdM6UoR56cYcf+0iGXBliJ29D+wZ/x8"></script>
    <script src="$PREFIX/react-dom.production.min.js"
      integrity="sha384-bm7MnzvK++ykSwVJ2tynSE5TRdN+xL418osEVF2DE/L/gfWHj91J2Sphe582B1Bh"></script>
    <link rel="stylesheet" href="$PREFIX/graphiql.min.css"
      integrity="sha384-Mq3vbRBY71jfjQAt/DcjxUIYY33ksal4cgdRt9U/hNPvHBCaT2JfJ/PTRiPKf0aM">
    <link rel="stylesheet" href="$PREFIX/plugin-explorer.css"
      integrity="sha384-5DFJlDPW2tSATRbM8kzoP1j194jexLswuNmClWoRr2Q0x7R68JIQzPHZ02Faktwi">
  </head>
  <body>
    <div id="graphiql" class="graphiql-container">正在加载 GraphiQL…</div>
    <script src="$PREFIX/graphiql.min.js"
      integrity="sha384-HbRVEFG0JGJZeAHCJ9Xm2+tpknBQ7QZmNlO/DgZtkZ0aJSypT96YYGRNod99l9Ie"></script>
    <script src="$PREFIX/plugin-explorer.umd.js"
      integrity="sha384-2oonKe47vfHIZnmB6ZZ10vl7T0Y+qrHQF2cmNTaFDuPshpKqpUMGMc9jgj9MLDZ9"></script>
    <script>
      // As Strawberry's page: the query, variables and headers are kept in the URL so a
      // link can be shared; requests go to this same URL.
      const parameters = {};
      for (const entry of window.location.search.slice(1).split("&")) {
        const eq = entry.indexOf("=");
        if (eq >= 0) {
          parameters[decodeURIComponent(entry.slice(0, eq))] = decodeURIComponent(entry.slice(eq + 1));
        }
      }
      function updateURL(data) {
        Object.assign(parameters, data);
        const search = "?" + Object.keys(parameters)
          .filter((key) => Boolean(parameters[key]))
          .map((key) => encodeURIComponent(key) + "=" + encodeURIComponent(parameters[key]))
          .join("&");
        history.replaceState(null, null, search);
      }
      const fetcher = GraphiQL.createFetcher({ url: window.location.href.split("?")[0] });
      function CreditGraphiQL() {
        const [query, setQuery] = React.useState(parameters.q || "# 安全生产信用服务：Ctrl-Enter 运行查询\\n{ __typename }\\n");
        const [variables, setVariables] = React.useState(parameters.variables);
        const [headers, setHeaders] = React.useState(parameters.headers);
        return React.createElement(GraphiQL, {
          fetcher: fetcher,
          defaultEditorToolsVisibility: true,
          plugins: [GraphiQLPluginExplorer.explorerPlugin()],
          query: query,
          variables: variables,
          headers: headers,
          onEditQuery: (value) => { setQuery(value); updateURL({ q: value }); },
          onEditVariables: (value) => { setVariables(value); updateURL({ variables: value }); },
          onEditHeaders: setHeaders,
          inputValueDeprecation: true,
          isHeadersEditorEnabled: true,
          shouldPersistHeaders: true,
        });
      }
      ReactDOM.createRoot(document.getElementById("graphiql")).render(React.createElement(CreditGraphiQL));
    </script>
  </body>
</html>
"""


def graphiql_html() -> str:
    """The GraphiQL page; every file it loads comes from this service."""
    return _PAGE.replace("$PREFIX", PREFIX)


def graphiql_static() -> Mount:
    return Mount(PREFIX, app=StaticFiles(directory=str(STATIC_DIR)), name="graphiql_static")
