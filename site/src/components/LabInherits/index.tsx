// What a lab inherits, as its definition declares it (builtOn): the files the learner edits here, and each
// module that comes from an earlier lab's reference solution. Data: src/generated/labs.json (lab-pages.ts).
import React from 'react';
import labs from '@site/src/generated/labs.json';
import { useSiteLocale } from '../charts/use-site-locale';

const code = (text: string) => <code>{text}</code>;
const list = (items: readonly React.ReactNode[], and: string) =>
  items.flatMap((item, i) => (i === 0 ? [item] : [i === items.length - 1 ? ` ${and} ` : ', ', item]));

export default function LabInherits({ slug }: { readonly slug: string }): React.ReactElement | null {
  const locale = useSiteLocale();
  const lab = labs.inheritance.find((entry) => entry.slug === slug);
  if (!lab) return null;
  const pt = locale === 'pt-BR';
  const edits = list(lab.edits.map((file) => <React.Fragment key={file}>{code(`labs/${slug}/${file}`)}</React.Fragment>), pt ? 'e' : 'and');
  const inherited = list(lab.inherits.map(({ file, from }) => (
    <React.Fragment key={file}>{code(file)} {pt ? 'de' : 'from'} {code(`solutions/${from}`)}</React.Fragment>
  )), pt ? 'e' : 'and');
  return (
    <div className="alert alert--secondary" role="note">
      <strong>{pt ? 'O que este lab herda. ' : 'What this lab inherits. '}</strong>
      {pt ? 'Você edita ' : 'You edit '}{edits}.{' '}
      {lab.inherits.length === 0
        ? (pt ? 'Nada vem de outro lab.' : 'Nothing comes from another lab.')
        : <>{pt ? 'O resto vem da solução de labs anteriores, como se você os tivesse terminado: ' : 'The rest comes from earlier labs\' solutions, as if you had finished them: '}{inherited}.</>}
    </div>
  );
}
