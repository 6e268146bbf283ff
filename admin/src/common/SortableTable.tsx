/**
 * react-admin's DataTable whose columns offer sorting only by a field the server sorts the
 * resource by (common/sortable.ts, from the schema): any other column shows no sort control.
 */
import { Children, cloneElement, Fragment, isValidElement, type ReactNode } from "react";
import { DataTable, useResourceContext, type DataTableProps } from "react-admin";
import { isSortable } from "./sortable";

interface ColumnProps {
  source?: string;
  disableSort?: boolean;
  children?: ReactNode;
}

function columnsOf(children: ReactNode, resource: string | undefined): ReactNode {
  return Children.map(children, (child) => {
    if (!isValidElement<ColumnProps>(child)) return child;
    // Columns grouped in a fragment (shown together on a condition) are columns too.
    if (child.type === Fragment)
      return <Fragment key={child.key}>{columnsOf(child.props.children, resource)}</Fragment>;
    if (child.props.disableSort || isSortable(resource, child.props.source)) return child;
    return cloneElement(child, { disableSort: true });
  });
}

export function SortableTable(props: DataTableProps) {
  const resource = useResourceContext(props);
  return <DataTable {...props}>{columnsOf(props.children, resource)}</DataTable>;
}
