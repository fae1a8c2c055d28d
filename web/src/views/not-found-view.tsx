import { Link } from "wouter";
import { useTitle } from "../components/use-title";

export function NotFoundView() {
  useTitle("Not found");
  return (
    <section aria-labelledby="nf-heading">
      <h1 id="nf-heading">No such page</h1>
      <p>
        This address is not a view of the explorer. <Link href="/">Search</Link> for a candidate, a country or a post instead.
      </p>
    </section>
  );
}
