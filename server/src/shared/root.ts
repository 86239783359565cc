import { createParameterDecorator } from 'type-graphql';

/**
 * The parent value of a field resolver as it was resolved: a plain row from a list read, or the
 * entity a mutation returned. Use it instead of type-graphql's `@Parent()`, which copies the parent
 * into a new instance of the parameter's declared class on every call — for a 50-row employee page,
 * hundreds of `new Employee()` per request, each drawing a fresh UUID for its default id: the largest
 * CPU cost of a list page (issue 19). A test in conventions.test.ts keeps `@Root` out of resolvers.
 */
export function Parent() {
  return createParameterDecorator(({ root }) => root);
}
