// The outcome of the last form a page handled, carried in the URL
// (`?error=…` or `?notice=…`) so it shows without JavaScript too.
type Search = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function PageNotice({ search }: { search: Search }) {
  const error = first(search.error);
  const notice = first(search.notice);
  return (
    <>
      {error ? (
        <p className="form-error" role="alert">
          {error.slice(0, 500)}
        </p>
      ) : null}
      {notice ? (
        <p className="form-notice" role="status">
          {notice.slice(0, 500)}
        </p>
      ) : null}
    </>
  );
}
