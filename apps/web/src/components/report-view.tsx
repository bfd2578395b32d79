import { Fragment, type ReactNode } from 'react';

import type { ReportDocument } from '../report';

/** A text with its 【…】 parts (what the office has yet to fill in) marked. */
function Marked({ text }: { text: string }): ReactNode {
  const parts = text.split(/(【[^】]*】)/);
  return parts.map((part, i) =>
    part.startsWith('【') && part.endsWith('】') ? (
      <mark key={i} className="to-fill">
        {part}
      </mark>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}

/** The report as a formatted document: the same model the Markdown and the .docx are made of. */
export function ReportView({ document }: { document: ReportDocument }) {
  return (
    <article className="report-view" lang="zh-CN">
      {document.blocks.map((block, i) => {
        switch (block.kind) {
          case 'TITLE':
            return <h2 key={i}>{block.text}</h2>;
          case 'HEADING':
            return <h3 key={i}>{block.text}</h3>;
          case 'NOTE':
            return (
              <p key={i} className="report-note">
                {block.text}
              </p>
            );
          case 'LIST_ITEM':
            return (
              <p key={i} className={block.level > 0 ? 'report-item report-subitem' : 'report-item'}>
                {block.level > 0 && '· '}
                <Marked text={block.text} />
              </p>
            );
          case 'TABLE':
            return (
              <div key={i} className="table-wrap">
                <table className="report-table">
                  <caption>{block.text}</caption>
                  <thead>
                    <tr>
                      {block.table?.columns.map((column) => (
                        <th key={column} scope="col">
                          {column}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {block.table?.rows.map((row, r) => (
                      <tr key={r}>
                        {row.cells.map((cell, c) =>
                          c === 0 ? (
                            <th key={c} scope="row">
                              {cell}
                            </th>
                          ) : (
                            <td key={c} className="num">
                              {cell}
                            </td>
                          ),
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          case 'PARAGRAPH':
            return (
              <p key={i} className="report-paragraph">
                <Marked text={block.text} />
              </p>
            );
        }
      })}
    </article>
  );
}
