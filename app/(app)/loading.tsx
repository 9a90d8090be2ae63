import { PageLoading } from "@/components/ui/page-states";

/** Every app page without its own loading state shows this skeleton while its data loads. */
export default function Loading() {
  return <PageLoading label="thisPage" />;
}
