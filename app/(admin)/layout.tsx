/**
 * The admin area has the app's shell but sits outside app/(app), whose loading skeleton would start
 * streaming a 200 before the page's role check could answer a plain user with a real 404.
 */
export { default } from "../(app)/layout";
