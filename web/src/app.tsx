/**
 * The explorer's shell: a header, the routes (every view has its own URL) and a skip link.
 * The coalition view, which carries the graph library, loads on first use.
 */
import { lazy, Suspense, useEffect, useRef } from "react";
import { Link, Route, Switch, useLocation } from "wouter";
import { Loading } from "./components/status";
import { ActorView } from "./views/actor-view";
import { IngestView } from "./views/ingest-view";
import { NotFoundView } from "./views/not-found-view";
import { RaceView } from "./views/race-view";
import { SearchView } from "./views/search-view";

const CoalitionView = lazy(() => import("./views/coalition-view"));

/** After a move to another view, focus goes to the content, as a page load would put it. */
function useFocusOnNavigation(): void {
  const [path] = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById("main")?.focus();
  }, [path]);
}

export function App() {
  useFocusOnNavigation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          Coalition explorer
        </Link>
        <nav aria-label="Main">
          <ul>
            <li>
              <Link href="/">Search</Link>
            </li>
            <li>
              <Link href="/ingest">Add an article</Link>
            </li>
            <li>
              <a href="/graphiql">GraphiQL</a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading what="the coalition view" />}>
          <Switch>
            <Route path="/" component={SearchView} />
            <Route path="/race/:post">{(params) => <RaceView post={decodeURIComponent(params.post)} />}</Route>
            <Route path="/coalition/:candidate">{(params) => <CoalitionView candidate={decodeURIComponent(params.candidate)} />}</Route>
            <Route path="/actor/:actor">{(params) => <ActorView actor={decodeURIComponent(params.actor)} />}</Route>
            <Route path="/ingest" component={IngestView} />
            <Route component={NotFoundView} />
          </Switch>
        </Suspense>
      </main>
    </>
  );
}
