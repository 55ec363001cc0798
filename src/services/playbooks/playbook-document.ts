// A document generated from a stored playbook version (the active one when none is named).
import type { DocumentFormat, DocumentKind, DocumentLocale } from '../../core/documents/document.js';
import { documentMediaTypes, writeDocument } from '../../core/documents/playbook-document.js';
import { parsePlaybook } from '../../core/playbook/parse-playbook.js';
import type { Context } from '../../context.js';
import { getPlaybookYaml } from './playbook-versions.js';

export async function getPlaybookDocument({
  ctx,
  input,
}: {
  ctx: Context;
  input: { version?: number | undefined; kind: DocumentKind; format: DocumentFormat; locale: DocumentLocale };
}): Promise<{ version: number; mediaType: string; text: string }> {
  const stored = await getPlaybookYaml({ ctx, version: input.version });
  const playbook = parsePlaybook(stored.yaml, `version ${stored.version}`);
  return {
    version: stored.version,
    mediaType: documentMediaTypes[input.format],
    text: writeDocument(playbook, { ...input, version: stored.version }),
  };
}
